# Production-like image of the application. Build the jar first (./mvnw -DskipTests package or
# ./mvnw verify): the image copies exactly target/agency-network-workflows.jar, the jar the build made.
FROM eclipse-temurin:17-jre

# curl serves the health check of docker-compose.yml
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system app && useradd --system --gid app --home-dir /app app
WORKDIR /app
COPY target/agency-network-workflows.jar /app/app.jar
USER app

EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
