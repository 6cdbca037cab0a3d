package kr.drregistry.topology.api;

/**
 * The compact report of {@code examples/kakao-like-2022.yaml} under the shipped policy, as the OpenAPI document shows
 * it: {@code ?root=component:deploy-tool&size=1}, Korean. {@code CompactReportTest} keeps it equal to what the API
 * answers.
 */
final class CompactReportExample {
    private CompactReportExample() {
    }

    static final String JSON = """
            {
              "format": "drr-report-compact/1",
              "language": "ko",
              "policy": {
                "id": "kr-msit",
                "version": "2026.5"
              },
              "summary": {
                "critical": 37,
                "high": 16,
                "medium": 1,
                "low": 0,
                "info": 0
              },
              "totals": {
                "findings": 54,
                "rootCauses": 18,
                "scenarios": 8
              },
              "rootCauses": {
                "page": 1,
                "size": 100,
                "total": 18,
                "items": [
                  {
                    "id": "risk-group:metro:capital",
                    "kind": "risk-group",
                    "subject": "metro:capital",
                    "sites": [
                      "pangyo",
                      "ansan"
                    ],
                    "text": "위험 그룹 metro:capital: 장소 pangyo, ansan을 함께 잃음",
                    "usersLost": 107000000,
                    "usersLostLargestService": 47000000,
                    "serviceCount": 3,
                    "services": [
                      "talk",
                      "login",
                      "pay"
                    ],
                    "scenarioCount": 1,
                    "scenarios": [
                      "metro:capital"
                    ],
                    "rules": [
                      "SPOF-002"
                    ],
                    "severities": {
                      "critical": 3
                    },
                    "worst": "critical",
                    "findingCount": 3
                  },
                  {
                    "id": "component:admin-console",
                    "kind": "single-site",
                    "subject": "admin-console",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 admin-console: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 87000000,
                    "usersLostLargestService": 47000000,
                    "serviceCount": 2,
                    "services": [
                      "talk",
                      "login"
                    ],
                    "scenarioCount": 4,
                    "scenarios": [
                      "campus:pangyo",
                      "facility:example-idc/pangyo-a",
                      "power:seongnam-east",
                      "site:pangyo"
                    ],
                    "rules": [
                      "OPS-001",
                      "SPOF-002",
                      "OPS-002"
                    ],
                    "severities": {
                      "critical": 20,
                      "high": 1
                    },
                    "worst": "critical",
                    "findingCount": 21
                  },
                  {
                    "id": "component:deploy-tool",
                    "kind": "single-site",
                    "subject": "deploy-tool",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 deploy-tool: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 87000000,
                    "usersLostLargestService": 47000000,
                    "serviceCount": 2,
                    "services": [
                      "talk",
                      "login"
                    ],
                    "scenarioCount": 4,
                    "scenarios": [
                      "campus:pangyo",
                      "facility:example-idc/pangyo-a",
                      "power:seongnam-east",
                      "site:pangyo"
                    ],
                    "rules": [
                      "OPS-001",
                      "SPOF-002",
                      "OPS-002"
                    ],
                    "severities": {
                      "critical": 16,
                      "high": 1
                    },
                    "worst": "critical",
                    "findingCount": 17
                  },
                  {
                    "id": "component:auth",
                    "kind": "single-site",
                    "subject": "auth",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 auth: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 20000000,
                    "usersLostLargestService": 20000000,
                    "serviceCount": 1,
                    "services": [
                      "pay"
                    ],
                    "scenarioCount": 4,
                    "scenarios": [
                      "campus:pangyo",
                      "facility:example-idc/pangyo-a",
                      "power:seongnam-east",
                      "site:pangyo"
                    ],
                    "rules": [
                      "SPOF-001",
                      "SPOF-002",
                      "OPS-002"
                    ],
                    "severities": {
                      "critical": 5,
                      "high": 1
                    },
                    "worst": "critical",
                    "findingCount": 6
                  },
                  {
                    "id": "component:key-store",
                    "kind": "single-site",
                    "subject": "key-store",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 key-store: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 20000000,
                    "usersLostLargestService": 20000000,
                    "serviceCount": 1,
                    "services": [
                      "pay"
                    ],
                    "scenarioCount": 4,
                    "scenarios": [
                      "campus:pangyo",
                      "facility:example-idc/pangyo-a",
                      "power:seongnam-east",
                      "site:pangyo"
                    ],
                    "rules": [
                      "SPOF-001",
                      "SPOF-002",
                      "OPS-002"
                    ],
                    "severities": {
                      "critical": 5,
                      "high": 1
                    },
                    "worst": "critical",
                    "findingCount": 6
                  },
                  {
                    "id": "component:pay-db",
                    "kind": "single-site",
                    "subject": "pay-db",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 pay-db: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 20000000,
                    "usersLostLargestService": 20000000,
                    "serviceCount": 1,
                    "services": [
                      "pay"
                    ],
                    "scenarioCount": 4,
                    "scenarios": [
                      "campus:pangyo",
                      "facility:example-idc/pangyo-a",
                      "power:seongnam-east",
                      "site:pangyo"
                    ],
                    "rules": [
                      "SPOF-001",
                      "SPOF-002",
                      "DATA-002"
                    ],
                    "severities": {
                      "critical": 5,
                      "high": 1
                    },
                    "worst": "critical",
                    "findingCount": 6
                  },
                  {
                    "id": "component:media-store",
                    "kind": "single-site",
                    "subject": "media-store",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 media-store: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 0,
                    "scenarios": [],
                    "rules": [
                      "DATA-001",
                      "SPOF-001"
                    ],
                    "severities": {
                      "critical": 2
                    },
                    "worst": "critical",
                    "findingCount": 2
                  },
                  {
                    "id": "component:session-cache-a",
                    "kind": "single-site",
                    "subject": "session-cache-a",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 session-cache-a: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 0,
                    "scenarios": [],
                    "rules": [
                      "DATA-001",
                      "SPOF-001"
                    ],
                    "severities": {
                      "critical": 2
                    },
                    "worst": "critical",
                    "findingCount": 2
                  },
                  {
                    "id": "component:session-cache-b",
                    "kind": "single-site",
                    "subject": "session-cache-b",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 session-cache-b: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 0,
                    "scenarios": [],
                    "rules": [
                      "DATA-001",
                      "SPOF-001"
                    ],
                    "severities": {
                      "critical": 2
                    },
                    "worst": "critical",
                    "findingCount": 2
                  },
                  {
                    "id": "component:talk-db",
                    "kind": "single-site",
                    "subject": "talk-db",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 talk-db: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 0,
                    "scenarios": [],
                    "rules": [
                      "SPOF-001",
                      "DATA-002"
                    ],
                    "severities": {
                      "critical": 1,
                      "high": 1
                    },
                    "worst": "critical",
                    "findingCount": 2
                  },
                  {
                    "id": "drill:drill-2022-06",
                    "kind": "subject",
                    "subject": "drill-2022-06",
                    "sites": [],
                    "text": "훈련 drill-2022-06",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 0,
                    "scenarios": [],
                    "rules": [
                      "DRILL-002"
                    ],
                    "severities": {
                      "high": 2
                    },
                    "worst": "high",
                    "findingCount": 2
                  },
                  {
                    "id": "service:login",
                    "kind": "subject",
                    "subject": "login",
                    "sites": [],
                    "text": "서비스 login",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 1,
                    "scenarios": [
                      "metro:capital"
                    ],
                    "rules": [
                      "DATA-003",
                      "DRILL-001"
                    ],
                    "severities": {
                      "high": 2
                    },
                    "worst": "high",
                    "findingCount": 2
                  },
                  {
                    "id": "service:pay",
                    "kind": "subject",
                    "subject": "pay",
                    "sites": [],
                    "text": "서비스 pay",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 1,
                    "scenarios": [
                      "metro:capital"
                    ],
                    "rules": [
                      "DATA-003",
                      "DRILL-001"
                    ],
                    "severities": {
                      "high": 2
                    },
                    "worst": "high",
                    "findingCount": 2
                  },
                  {
                    "id": "component:account-db",
                    "kind": "subject",
                    "subject": "account-db",
                    "sites": [],
                    "text": "구성요소 account-db",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 0,
                    "scenarios": [],
                    "rules": [
                      "DATA-002"
                    ],
                    "severities": {
                      "high": 1
                    },
                    "worst": "high",
                    "findingCount": 1
                  },
                  {
                    "id": "component:metrics",
                    "kind": "single-site",
                    "subject": "metrics",
                    "sites": [
                      "pangyo"
                    ],
                    "text": "구성요소 metrics: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 0,
                    "scenarios": [],
                    "rules": [
                      "OPS-002"
                    ],
                    "severities": {
                      "high": 1
                    },
                    "worst": "high",
                    "findingCount": 1
                  },
                  {
                    "id": "service:map",
                    "kind": "subject",
                    "subject": "map",
                    "sites": [],
                    "text": "서비스 map",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 1,
                    "scenarios": [
                      "metro:capital"
                    ],
                    "rules": [
                      "DATA-003"
                    ],
                    "severities": {
                      "high": 1
                    },
                    "worst": "high",
                    "findingCount": 1
                  },
                  {
                    "id": "service:talk",
                    "kind": "subject",
                    "subject": "talk",
                    "sites": [],
                    "text": "서비스 talk",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 1,
                    "scenarios": [
                      "site:pangyo"
                    ],
                    "rules": [
                      "DATA-003"
                    ],
                    "severities": {
                      "high": 1
                    },
                    "worst": "high",
                    "findingCount": 1
                  },
                  {
                    "id": "site:ansan",
                    "kind": "subject",
                    "subject": "ansan",
                    "sites": [],
                    "text": "장소 ansan",
                    "usersLost": 0,
                    "usersLostLargestService": 0,
                    "serviceCount": 0,
                    "services": [],
                    "scenarioCount": 0,
                    "scenarios": [],
                    "rules": [
                      "GEO-001"
                    ],
                    "severities": {
                      "medium": 1
                    },
                    "worst": "medium",
                    "findingCount": 1
                  }
                ]
              },
              "findings": {
                "page": 1,
                "size": 1,
                "total": 17,
                "items": [
                  {
                    "n": 3,
                    "rule": "OPS-001",
                    "severity": "critical",
                    "subject": {
                      "kind": "component",
                      "id": "account-api"
                    },
                    "scenario": "campus:pangyo",
                    "message": "구성요소 account-api의 페일오버(또는 복원)에 필요한 deploy-tool, admin-console가 campus:pangyo 손실 시 함께 중단되어 실행할 수 없습니다",
                    "basis": "과학기술정보통신부 2025년 방송통신재난관리계획 수립지침: 서비스 및 이를 운영하는 시스템의 분산·다중화 — 장애 전환에 필요한 운영·인증·배포 도구도 분산·다중화 대상(2022-10 판교 데이터센터 화재의 교훈)",
                    "remedy": "페일오버에 필요한 배포·관리 도구를 이 위험 그룹 밖의 사이트에서도 운영하거나, 그 도구 없이 실행할 수 있는 페일오버 절차(자동 페일오버 또는 대체 수단)를 마련하고 훈련하십시오.",
                    "roots": [
                      "component:admin-console",
                      "component:deploy-tool"
                    ],
                    "chain": [
                      [
                        0,
                        0
                      ],
                      [
                        1,
                        1
                      ],
                      [
                        1,
                        2
                      ]
                    ]
                  }
                ]
              },
              "steps": [
                {
                  "kind": "component",
                  "id": "account-api",
                  "relation": "failover",
                  "sites": [],
                  "text": "account-api: 페일오버·복원에 deploy-tool, admin-console 필요"
                },
                {
                  "kind": "component",
                  "id": "deploy-tool",
                  "relation": "no-usable-placement",
                  "sites": [
                    "pangyo"
                  ],
                  "text": "구성요소 deploy-tool: 사용할 수 있는 경로 없음 (활성 배치 pangyo 손실; 페일오버: 대기 배치 없음; 복원: 복원 없음)"
                },
                {
                  "kind": "component",
                  "id": "admin-console",
                  "relation": "no-usable-placement",
                  "sites": [
                    "pangyo"
                  ],
                  "text": "구성요소 admin-console: 사용할 수 있는 경로 없음 (활성 배치 pangyo 손실; 페일오버: 대기 배치 없음; 복원: 복원 없음)"
                }
              ],
              "scenarios": [
                {
                  "id": "site:pangyo",
                  "usersLost": 117000000,
                  "usersLostLargestService": 47000000,
                  "downComponents": 16,
                  "downServices": [
                    "talk",
                    "login",
                    "pay",
                    "map"
                  ],
                  "degradedServices": [],
                  "usersAffected": 0,
                  "usersAffectedLargestService": 0,
                  "struckComponents": 0
                },
                {
                  "id": "site:ansan",
                  "usersLost": 0,
                  "usersLostLargestService": 0,
                  "downComponents": 0,
                  "downServices": [],
                  "degradedServices": [],
                  "usersAffected": 0,
                  "usersAffectedLargestService": 0,
                  "struckComponents": 0
                },
                {
                  "id": "campus:pangyo",
                  "usersLost": 117000000,
                  "usersLostLargestService": 47000000,
                  "downComponents": 16,
                  "downServices": [
                    "talk",
                    "login",
                    "pay",
                    "map"
                  ],
                  "degradedServices": [],
                  "usersAffected": 0,
                  "usersAffectedLargestService": 0,
                  "struckComponents": 0
                },
                {
                  "id": "power:seongnam-east",
                  "usersLost": 117000000,
                  "usersLostLargestService": 47000000,
                  "downComponents": 16,
                  "downServices": [
                    "talk",
                    "login",
                    "pay",
                    "map"
                  ],
                  "degradedServices": [],
                  "usersAffected": 0,
                  "usersAffectedLargestService": 0,
                  "struckComponents": 0
                },
                {
                  "id": "metro:capital",
                  "usersLost": 117000000,
                  "usersLostLargestService": 47000000,
                  "downComponents": 16,
                  "downServices": [
                    "talk",
                    "login",
                    "pay",
                    "map"
                  ],
                  "degradedServices": [],
                  "usersAffected": 0,
                  "usersAffectedLargestService": 0,
                  "struckComponents": 0
                },
                {
                  "id": "facility:example-idc/pangyo-a",
                  "usersLost": 117000000,
                  "usersLostLargestService": 47000000,
                  "downComponents": 16,
                  "downServices": [
                    "talk",
                    "login",
                    "pay",
                    "map"
                  ],
                  "degradedServices": [],
                  "usersAffected": 0,
                  "usersAffectedLargestService": 0,
                  "struckComponents": 0
                },
                {
                  "id": "campus:ansan",
                  "usersLost": 0,
                  "usersLostLargestService": 0,
                  "downComponents": 0,
                  "downServices": [],
                  "degradedServices": [],
                  "usersAffected": 0,
                  "usersAffectedLargestService": 0,
                  "struckComponents": 0
                },
                {
                  "id": "power:ansan-west",
                  "usersLost": 0,
                  "usersLostLargestService": 0,
                  "downComponents": 0,
                  "downServices": [],
                  "degradedServices": [],
                  "usersAffected": 0,
                  "usersAffectedLargestService": 0,
                  "struckComponents": 0
                }
              ],
              "facilities": [
                {
                  "reference": "example-idc/pangyo-a",
                  "group": "facility:example-idc/pangyo-a",
                  "filingVersion": "unresolved"
                }
              ]
            }
            """;
}
