#!/usr/bin/env python3
"""Where a service's CPU goes, from a JFR recording: every execution sample is charged to the innermost frame that
belongs to a known library or to the suite's own code (JDK frames are charged to whoever called them), then summed.

Usage (bench/orders.sh's placement load running against order-service):
    jcmd <pid> JFR.start settings=profile duration=25s filename=bench/out/order.jfr
    jfr print --json --stack-depth 200 --events jdk.ExecutionSample bench/out/order.jfr > bench/out/order.json
    bench/orders/jfr-categories.py bench/out/order.json
"""
import collections
import json
import sys

# First match wins, so more specific prefixes come first.
CATEGORIES = [
    ("JWT signature and claims (Nimbus)", ["com.nimbusds."]),
    ("Spring Security (filters, authorization, observations)", ["org.springframework.security."]),
    ("Micrometer observations and metrics", ["io.micrometer.", "brave.", "io.opentelemetry."]),
    ("Jackson (JSON)", ["com.fasterxml.jackson.", "tools.jackson."]),
    ("Bean Validation", ["org.hibernate.validator."]),
    ("Hibernate ORM", ["org.hibernate."]),
    ("PostgreSQL JDBC driver", ["org.postgresql."]),
    ("HikariCP", ["com.zaxxer."]),
    ("Kafka client (outbox relay, consumers)", ["org.apache.kafka.", "org.springframework.kafka."]),
    ("Logback / SLF4J", ["ch.qos.logback.", "org.slf4j."]),
    ("platform-web idempotency filter", ["io.simadmin.web.idempotency."]),
    ("platform libraries (web, security, messaging, events)", ["io.simadmin.web.", "io.simadmin.security.",
                                                              "io.simadmin.messaging.", "io.simadmin.events."]),
    ("the service's own code", ["io.simadmin."]),
    ("Spring transactions, AOP, Data, JDBC", ["org.springframework.transaction.", "org.springframework.aop.",
                                              "org.springframework.data.", "org.springframework.orm.",
                                              "org.springframework.jdbc."]),
    ("Spring MVC and HTTP", ["org.springframework.web.", "org.springframework.http."]),
    ("Spring core and beans", ["org.springframework."]),
    ("Tomcat", ["org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."]),
    ("Eureka client", ["com.netflix."]),
]


def category(frames):
    for frame in frames:
        name = frame["method"]["type"]["name"].replace("/", ".")
        for label, prefixes in CATEGORIES:
            if name.startswith(tuple(prefixes)):
                return label
    return "JDK only"


def main(path):
    events = json.load(open(path))["recording"]["events"]
    counts = collections.Counter()
    for event in events:
        trace = event["values"].get("stackTrace") or {"frames": []}
        counts[category(trace["frames"])] += 1
    total = len(events)
    print(f"| where ({total} samples) | share |")
    print("|---|---|")
    for label, count in counts.most_common():
        print(f"| {label} | {100 * count / total:.1f} % |")


if __name__ == "__main__":
    main(sys.argv[1])
