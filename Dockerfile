# syntax=docker/dockerfile:1
#
# One image recipe for every deployable of ISPFlow: the five services, the gateway and the web
# console.
#
#   docker build --build-arg SERVICE=lead-service -t ghcr.io/ispflow/lead-service:0.1.0 .
#
# SERVICE is the Maven module (catalog-service, lead-service, sales-desk-service, order-service,
# contract-service, gateway, console). The build stage does not depend on SERVICE, so BuildKit builds
# the jars once and reuses that stage for all seven images (docker compose build, docker buildx bake).
#
# JAR_FROM=prebuilt skips the Maven build and takes <module>/target/<module>.jar from the build
# context (for CI pipelines that already ran ./mvnw package).

ARG SERVICE=gateway
ARG JAR_FROM=source

# --- jars built from source, with the Maven Wrapper --------------------------------------------
FROM eclipse-temurin:17-jdk AS jars-source
WORKDIR /workspace
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Dmaven.test.skip=true -Dspotless.check.skip=true \
        -pl catalog-service,lead-service,sales-desk-service,order-service,contract-service,gateway,console -am \
        package \
    && mkdir -p /jars \
    && for module in catalog-service lead-service sales-desk-service order-service contract-service gateway \
                   console; do \
         cp "$module/target/$module.jar" "/jars/$module.jar"; \
       done

# --- jars built beforehand (./mvnw -DskipTests package) -----------------------------------------
FROM eclipse-temurin:17-jdk AS jars-prebuilt
COPY catalog-service/target/catalog-service.jar \
     lead-service/target/lead-service.jar \
     sales-desk-service/target/sales-desk-service.jar \
     order-service/target/order-service.jar \
     contract-service/target/contract-service.jar \
     gateway/target/gateway.jar \
     console/target/console.jar \
     /jars/

FROM jars-${JAR_FROM} AS jars

# --- the chosen jar, split into Spring Boot's layers --------------------------------------------
FROM eclipse-temurin:17-jdk AS layers
ARG SERVICE
WORKDIR /layers
COPY --from=jars /jars/${SERVICE}.jar app.jar
# Spring Boot 4's replacement of layertools; every layer directory exists afterwards, even an
# empty one, so the COPY instructions below never miss
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted \
    && mkdir -p extracted/dependencies extracted/spring-boot-loader \
        extracted/snapshot-dependencies extracted/application

# --- runtime: JRE only, non-root, read-only friendly ---------------------------------------------
FROM eclipse-temurin:17-jre AS runtime
ARG SERVICE
LABEL org.opencontainers.image.source="https://github.com/ispflow/ispflow" \
      org.opencontainers.image.title="ispflow-${SERVICE}" \
      org.opencontainers.image.licenses="Apache-2.0"

RUN groupadd --system --gid 10001 ispflow \
    && useradd --system --uid 10001 --gid ispflow --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin ispflow
WORKDIR /app

# least often changed first, so a code change only replaces the last layer
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./

ENV ISPFLOW_SERVICE=${SERVICE}
USER 10001:10001

# The JVM sizes its heap from the container's memory limit; an OutOfMemoryError ends the process
# so the orchestrator restarts it instead of leaving a half-working JVM. /tmp must be writable
# (Kubernetes mounts an emptyDir there, the root filesystem is read-only). Extra flags: set
# JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp", \
            "org.springframework.boot.loader.launch.JarLauncher"]

# Readiness over plain bash (the JRE image has no curl guarantee); SERVER_PORT is set by compose
# and Kubernetes. Kubernetes ignores HEALTHCHECK and uses its own probes.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=6 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
