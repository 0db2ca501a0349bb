package io.ispflow.lead.erasure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ErasureProgress.ErasureSettings.class, PeerServices.Settings.class})
class ErasureConfiguration {}
