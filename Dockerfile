# newsflow: one image for every role (ingest, enrich, sink, topics); the role is the command.
#   docker build -t newsflow .      docker run --rm newsflow --help
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY schemas/ schemas/
COPY embedded/ embedded/
COPY ingest/ ingest/
COPY enrich/ enrich/
COPY sink/ sink/
COPY eval/ eval/
COPY cli/ cli/
RUN ./mvnw -B -q -pl cli -am package -Dmaven.test.skip=true -DskipITs

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/newsflow --create-home newsflow
COPY --from=build /src/cli/target/newsflow.jar /opt/newsflow/newsflow.jar
USER newsflow
WORKDIR /var/lib/newsflow
ENV NEWSFLOW_DATA_DIR=/var/lib/newsflow \
    NEWSFLOW_METRICS_BIND=0.0.0.0 \
    NEWSFLOW_METRICS_PORT=9400 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 9400
ENTRYPOINT ["java", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
