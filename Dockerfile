# Production-like image: build with the Maven wrapper on JDK 25, run the fat jar on a JRE 25.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
COPY seed/ seed/
RUN ./mvnw -B -q -DskipTests package && cp target/rolegraph-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 rolegraph
USER rolegraph
COPY --from=build /app.jar /app/rolegraph.jar
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/rolegraph.jar"]
