#!/usr/bin/env python3
"""Where a service's CPU goes, from a JFR recording: every execution sample is charged to the innermost frame that
belongs to a known library or to the suite's own code (JDK frames are charged to whoever called them), then summed.

Usage (bench/orders.sh's placement load running against order-service):
    jcmd <pid> JFR.start settings=profile duration=25s filename=bench/out/order.jfr
    jfr print --json --stack-depth 200 --events jdk.ExecutionSample bench/out/order.jfr > bench/out/order.json
    bench/orders/jfr-categories.py bench/out/order.json
    bench/orders/jfr-categories.py bench/out/order.json 15   # also the 15 methods each category is charged through
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
    """The category and the method (type.method) a sample is charged to."""
    for frame in frames:
        name = frame["method"]["type"]["name"].replace("/", ".")
        for label, prefixes in CATEGORIES:
            if name.startswith(tuple(prefixes)):
                return label, name + "." + frame["method"]["name"]
    return "JDK only", frames[0]["method"]["type"]["name"].replace("/", ".") + "." + frames[0]["method"]["name"] if frames else "?"


def main(path, top=0):
    events = json.load(open(path))["recording"]["events"]
    counts = collections.Counter()
    methods = collections.defaultdict(collections.Counter)
    for event in events:
        trace = event["values"].get("stackTrace") or {"frames": []}
        label, method = category(trace["frames"])
        counts[label] += 1
        methods[label][method] += 1
    total = len(events)
    print(f"| where ({total} samples) | share |")
    print("|---|---|")
    for label, count in counts.most_common():
        print(f"| {label} | {100 * count / total:.1f} % |")
    for label, count in counts.most_common():
        if top:
            print(f"\n{label}:")
            for method, n in methods[label].most_common(top):
                print(f"  {100 * n / total:5.1f} %  {method}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
