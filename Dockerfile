# Build stage: the Maven wrapper and a JDK; dependencies cached in their own layer.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/casualty-claims-*.jar app.jar \
	&& java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# Run stage: a JRE only, the jar's layers, and a user without privileges.
FROM eclipse-temurin:17-jre
RUN groupadd --system claims && useradd --system --gid claims --home /app claims
WORKDIR /app
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
USER claims
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
