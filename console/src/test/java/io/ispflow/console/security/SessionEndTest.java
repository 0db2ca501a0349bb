package io.ispflow.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * When the user's tokens can no longer be refreshed (the provider refuses the refresh token: it expired, was
 * revoked, or the user signed out elsewhere), the console ends the session and the next page asks for sign-in; an
 * htmx request is told to load the page instead of getting a fragment. The token refresh itself is Spring
 * Security's, against the real dev provider and Keycloak in the end-to-end tests; here it is made to fail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionEndTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OAuth2AuthorizedClientManager authorizedClients;

    @BeforeEach
    void theRefreshIsRefused() {
        when(authorizedClients.authorize(any()))
                .thenThrow(new ClientAuthorizationException(
                        new OAuth2Error("invalid_grant", "Token is not active", null), "ispflow"));
    }

    @Test
    void aPageEndsTheSessionAndStartsOver() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(get("/leads").session(session).with(oidcLogin()))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anHtmxRequestIsToldToLoadThePage() throws Exception {
        MvcResult result = mvc.perform(get("/leads/duplicates")
                        .param("documentNumber", "30123456")
                        .header("HX-Request", "true")
                        .with(oidcLogin()))
                .andReturn();
        assertThat(result.getResponse().getHeader("HX-Redirect")).isEqualTo("/");
    }
}
