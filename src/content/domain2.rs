crate::matrix! {
    /// Domain 2 of the tool: System Architecture & Strong Financial Management & Planning.
    pub const DOMAIN_2: Domain = domain "2" {
        title: "System Architecture & Strong Financial Management & Planning",
        partners: "The system / all partners refers to the: NHS (primary care, community, acute and MH providers, Commissioners), local authority (public health, social care, housing and education), service users and carers, police, ambulance services, voluntary and community sector leaders working in partnership, providing strategic leadership across the whole population of an ICS to help redesign care and improve population health.",
        overview: {
            developing: [
                "Emerging ICSs develop and implement a plan which is reviewed and agreed with NHSEI. NHSEI invites emerging ICS system leadership to contribute to organisational discussions. STPs developing financial leadership and governance for financial decision-making.",
                "Organisational financial recovery plans are being developed with the emerging ICS leaders to ensure consistency with five year system-level strategic plans.",
                "Variable relationships between health and non-health partners within the emerging ICS. Strongest relationships are at a place (borough) level. Emerging understanding of workforce, estates and digital infrastructure across the developing ICS.",
                "NHSEI leads the review and assurance of organisational and system operating plans within the emerging ICS, and works with the system to develop and strengthen these plans.",
            ],
            maturing: [
                "The ICS has a greater responsibility for oversight, working together to review and assure the system operating and organisational plans.",
                "ICS leaders are starting to develop the required assurance skills.",
                "The ICS has plans to ‘streamline’ commissioning arrangements. The ICS has developed a ‘system efficiency plan’ to move the whole ICS towards financial balance, not through cost-shifting between organisations.",
                "A system-wide understanding of workforce, estates and digital infrastructure, from aggregating data between organisations detailed in system plans to implementation.",
                "The ICS will work towards meeting the five financial tests set out in the Long Term Plan.",
                "The ICS has strong financial leadership and governance for financial decision making and allocation of funds. Health partners are developing relationships with non-healthcare partners, including aligning budgets, exploring risk share arrangements and developing a greater understanding of place-based health and social care services, and the interface between them.",
            ],
            thriving: [
                "The ICS is able to provide oversight and assurance.",
                "Commissioning arrangements are ‘streamlined’ across the ICS.",
                "Financial payments and incentives for all organisations are designed to meet the current and future mental and physical health and care needs of the population.",
                "Health partners have maturing relationships with non-healthcare partners across the ICS footprint, including pooling budgets and formal alliancing. Workforce, estates and digital infrastructure improvements are being made across the ICS, in a systematic way.",
                "Progress is being made against the five financial tests set out in the Long Term Plan.",
                "The ICS uses sophisticated modelling for scenario planning, service transformation and resource allocation. Financial risk is shared across the ICS, where possible, through risk / gain share arrangements.",
            ],
        },
        subsections: [
            // ---- 2.1 ----
            "2.1" {
                title: "System architecture and oversight",
                developing: {
                    headline: "Clear plans to organise delivery around neighbourhood, place and system levels.",
                    themes: [
                        "Assurance and oversight" {
                            "2.1-D1" => "Emerging ICSs (STPs) provide information, advice and guidance to inform the regional team regarding mental health organisational and system performance.",
                            "2.1-D2" => "The regional team leads on providing assurance and oversight for the mental health providers within each emerging ICS.",
                            "2.1-D3" => "The ICS works closely with the PCN Clinical Directors to assure delivery at a neighbourhood level",
                        },
                        "Operating plans and objectives" {
                            "2.1-D4" => "Mental health providers within each emerging ICS have organisational plans which are broadly aligned with the STP operating plan.",
                        },
                    ],
                },
                maturing: {
                    headline: "The system is working with regional teams to take on increased responsibility for oversight.",
                    themes: [
                        "Assurance and oversight" {
                            "2.1-M1" => "The ICS conducts and contributes to the assurance and improvement of MH provider (primarily MH Trust) performance, working alongside co-located regional team members.",
                            "2.1-M2" => "The ICS has an agreed division of responsibilities between MH organisations and system partners, with clear accountability.",
                        },
                        "Operating plans and objectives" {
                            "2.1-M3" => "The ICS will develop a system operating plan which will set out how it will use its financial and operational resources to meet the health and care needs of its population, The plan could also set out the underlying activity assumptions, capacity, efficiency and workforce plans, transformation objectives, risks and mitigations.",
                            "2.1-M4" => "The ICS operating plan will be developed with all organisations within the ICS, including for example: mental health and physical health providers, primary care, local authorities, education, police and the voluntary sector.",
                            "2.1-M5" => "All partners within the ICS have operating plans that are aligned with the overall ICS operating plan and is jointly reviewed by ICS leaders and the regional team.",
                            "2.1-M6" => "The ICS will agree and implement system-wide objectives agreed with regional teams, which could include care quality and mental and physical health outcomes, reductions in inequalities and implementation of integrated care.",
                        },
                    ],
                },
                thriving: {
                    headline: "The system has progressed to the most advanced stage of oversight progression – i.e. self-assurance, with clear communication and relationships with regional team.",
                    themes: [
                        "Assurance and oversight" {
                            "2.1-T1" => "ICS system leaders (including MH leaders) have the skills and ability to provide oversight and assurance on organisational and system operating plans.",
                            "2.1-T2" => "The ICS has a clear, comprehensive system-wide outcomes framework (including MH and wellbeing outcomes) that aligns with the vision and strategy of the ICS. The ICS uses this framework to track progress, reduce variation and inequalities and drive service improvements.",
                            "2.1-T3" => "Streamlined data schedules are in place at place and neighbourhood levels to support ICS oversight and streamline commissioning.",
                            "2.1-T4" => "Providers are incentivised and held to account through a set of system-wide outcome and performance measures (for example, regarding experience and integration).",
                            "2.1-T5" => "ICS system leaders will agree and coordinate any NHSEI interventions for mental health providers within the ICS.",
                        },
                    ],
                },
                references: [],
            },
            // ---- 2.2 ----
            "2.2" {
                title: "Streamlined commissioning arrangements",
                developing: {
                    headline: "Plans to streamline commissioning (including the interface with local NHSEI commissioning functions), typically with one CCG that is leaner and more strategic.",
                    themes: [
                        "Commissioning arrangements" {
                            "2.2-D1" => "The ICS is developing plans to streamline commissioning arrangements .",
                            "2.2-D2" => "Commissioning arrangements for health care provision are separate to non-healthcare provision (such as social care or some voluntary sector provision).",
                            "2.2-D3" => "System partners are exploring variation in mental health commissioning arrangements – building on place-level understanding.",
                        },
                        "Population needs and service provision" {
                            "2.2-D4" => "System partners are identifying variation in commissioning arrangements for mental health services (and the quality of the provision) at each place level.",
                        },
                    ],
                },
                maturing: {
                    headline: "Plans to streamline commissioning are underway.",
                    themes: [
                        "Commissioning arrangements" {
                            "2.2-M1" => "Commissioning arrangements for all health and care services provided within the ICS to be considered as part of commissioning streamlining process (including for example, mental health, physical health, social care, voluntary sector and nationally commissioned services).",
                            "2.2-M2" => "Contracts include expectation to collaborate in support of system objectives.",
                            "2.2-M3" => "Contract key performance indicators are simplified and include outcomes.",
                            "2.2-M4" => "Comprehensive mapping of mental health commissioning arrangements at system and place levels – including ‘strategic’ and ‘transactional’ commissioning. [‘Strategic’ commissioning is about strategic oversight and system leadership. ‘Transactional’ commissioning is related more to service planning and contracting]. This includes current national commissioning arrangements, for example CYP inpatient MH care.",
                            "2.2-M5" => "Plans to streamline mental health commissioning are underway, with a clear distinction between strategic and transactional commissioning.",
                        },
                    ],
                },
                thriving: {
                    headline: "Streamlined commissioning arrangements are fully embedded across all partners. Incentives and payment mechanisms support objectives and maximise impact for the local population.",
                    themes: [
                        "Commissioning arrangements" {
                            "2.2-T1" => "Streamlined commissioning arrangements in place (underpinned by strong relationships) for all health and care services provided within the ICS (including for example mental health, physical health, social care, voluntary sector and nationally commissioned services).",
                            "2.2-T2" => "Streamlined commissioning arrangements for ‘strategic’ and ‘transactional’ mental health commissioning.",
                            "2.2-T3" => "Longer term contract duration, particularly for more strategic commissioning arrangements, to allow for mental health transformation across the system and to get wider partnership ownership and involvement.",
                        },
                    ],
                },
                references: [],
            },
            // ---- 2.3 ----
            "2.3" {
                title: "System control totals, operating plans and financial risk sharing",
                developing: {
                    headline: "Good understanding of system financial drivers and efficiency opportunities, with a shared plan to address issues.",
                    themes: [
                        "System control totals" {
                            "2.3-D1" => "System partners are coming together to understand MH funding, evaluation of value and return on investment of MH programmes.",
                            "2.3-D2" => "Mental Health Investment Standard (MHIS) is being met at a place-based level.",
                        },
                        "System-wide capacity and activity assumptions" {
                            "2.3-D3" => "System partners are developing their understanding of place-based mental health financial drivers and delivery arrangements, exploring mental health priorities and understanding activity assumptions.",
                            "2.3-D4" => "System partners have a good understanding of place-level population health needs (including mental health), particularly demographic data.",
                        },
                        "Payment and risk-share arrangements" {
                            "2.3-D5" => "System partners are exploring risk-share arrangements for some services, including mental health provision.",
                        },
                    ],
                },
                maturing: {
                    headline: "System has credible plans for meeting system control total and, where not already achieved, for moving towards system financial balance.",
                    themes: [
                        "System control totals" {
                            "2.3-M1" => "System alignment and collective delivery of plans with ‘open book’ approach across all health and care providers and commissioners; resources being allocated across the ICS, taking a cost effective, system-wide approach to meet the wider determinants of health.",
                            "2.3-M2" => "System control total for the ICS will be sum of individual organisation control totals, including mental health providers. Safeguards will need to be in place to ensure that the MHIS is implemented in line with national expectations.",
                            "2.3-M3" => "The ICS Board will sign-off an agreed MH investment strategy that is in place across mental and physical health care system partners and includes for example: plans for MH funding, evaluation of value and return on investment of MH programmes and system-wide agreement on reinvestment within MH.",
                            "2.3-M4" => "The MH investment strategy is part of the overall ICS system investment strategy and efficiency plan.",
                            "2.3-M5" => "The ICS will meet the MHIS at a system and place level.",
                            "2.3-M6" => "Mental Health providers that are in financial surplus will support other MH providers within the ICS to develop organisational financial recovery plans (as required).",
                            "2.3-M7" => "Mental Health providers that aren’t in financial surplus will need to develop credible organisational financial recovery plans with system leaders.",
                            "2.3-M8" => "Organisational financial recovery plans (including those of mental health providers) align and contribute to the overall ‘system efficiency plan’, to move the ICS towards financial balance and meet the system control total.",
                            "2.3-M9" => "MH leaders sit on a System Efficiency Board to oversee the system efficiency plan.",
                        },
                        "System-wide capacity and activity assumptions" {
                            "2.3-M10" => "ICS leaders to agree collective priorities, shared capacity and activity assumptions across health and care settings using high quality performance data. By high quality performance data, we mean using enablers like flowing data to the MHSDS*, PLICS* and using SNOMED CT*.",
                            "2.3-M11" => "ICS information/ data leads are working well with clinical/ finance leads across the ICS footprint, and undertake modelling of current/ future population health and care needs, including MH.",
                            "2.3-M12" => "Place-based financial drivers, delivery arrangements and efficiencies are understood and used to articulate the ICS MH resources across health and social care. This informs the system efficiency plan and is used to articulate the value of MH within the system.",
                        },
                        "Payment and risk-share arrangements" {
                            "2.3-M13" => "Shadow risk /gain-share arrangements across health organisations within the ICS.",
                            "2.3-M14" => "MH incentives and payment mechanisms support overall ICS objectives, maximise impact for the local population, and focus on quality (such as appropriate care, seamless pathways and outcomes).",
                        },
                    ],
                },
                thriving: {
                    headline: "System is in financial balance and is sharing financial risk using more sophisticated modelling of current and future population health and care needs.",
                    themes: [
                        "System control totals" {
                            "2.3-T1" => "The ICS is in financial balance due to successful implementation of financial recovery plans, including by mental health providers; the system control total is met.",
                            "2.3-T2" => "More integrated arrangements with social care at an ICS level, built on strong relationships developed at the place level.",
                            "2.3-T3" => "Pooled budgets and alliancing arrangements are used across health and social care, where appropriate, to deliver more integrated services across the ICS – at system or place levels.",
                            "2.3-T4" => "The ICS MH investment strategy also incorporates social care and voluntary sector system partners, and includes: plans for MH funding, evaluation of value and return on investment of MH programmes (including CYP mental health) and system-wide agreement on reinvestment within MH.",
                            "2.3-T5" => "Mental Health investment strategy is being actively implemented and monitored / evaluated for impact.",
                            "2.3-T6" => "MHIS continues to be met at the ICS level.",
                        },
                        "System-wide capacity and activity assumptions" {
                            "2.3-T7" => "Agreed priorities, capacity and activity assumptions across the whole ICS that are aligned to the health and care needs of the ICS population.",
                            "2.3-T8" => "The ICS uses sophisticated modelling for scenario planning, service transformation and resource allocation.",
                            "2.3-T9" => "Place-based financial drivers, delivery arrangements and efficiencies are understood and are used to articulate the ICS mental health resources across health and social care. This is used to inform the system-wide efficiency plan and to articulate the value of MH within the system.",
                        },
                        "Payment and risk-share arrangements" {
                            "2.3-T10" => "Risk / gain share agreements in place, where possible, supporting delivery across all levels with a collective ownership around risk.",
                            "2.3-T11" => "MH incentives and payment mechanisms support overall ICS objectives, maximise impact for the local population, and focus on quality (such as appropriate care, seamless pathways and outcomes).",
                        },
                    ],
                },
                references: [
                    "* MHSDS: Mental Health Services Data Set, PLICS: Patient Level Information and Costing Systems, SNOMED CT: method of coding and recording clinical interventions.",
                ],
            },
            // ---- 2.4 ----
            "2.4" {
                title: "System wide financial governance and cross-cutting strategies",
                developing: {
                    headline: "System wide plans being developed to address workforce, estates and digital infrastructure across the breadth of local health and care services.",
                    themes: [
                        "Financial Leadership and Governance" {
                            "2.4-D1" => "Leadership of the ICS is emerging and involves all partners across the system, including mental health leaders.",
                            "2.4-D2" => "Progress against delivery of the Five Year Forward View for Mental Health targets is regularly reported to and monitored by the regional team.",
                        },
                        "Cross-cutting strategies" {
                            "2.4-D3" => "System partners are pulling together information on workforce, estates and digital infrastructure for organisations across the system.",
                        },
                    ],
                },
                maturing: {
                    headline: "System wide plans for workforce, estates and digital infrastructure being implemented.",
                    themes: [
                        "Financial Leadership and Governance" {
                            "2.4-M1" => "The ICS will demonstrate strong financial leadership and governance for financial decision-making, and mental health will be represented in all financial and governance functions.",
                            "2.4-M2" => "The regulatory framework for the ICS financial arrangements (system control totals) is owned and implemented collectively across all health and social care partners within the ICS.",
                            "2.4-M3" => ".The ICS will have robust governance arrangements in place to allow transformational funding for national mental health programmes (including CYP) to be released. The ICS will commit to delivery of these national programmes and will report progress against these",
                            "2.4-M4" => "ICS health and care data is aggregated where possible (including, for example activity, workforce, finance and contracting data), and is used to demonstrate how ICS organisations align to the system plan.",
                            "2.4-M5" => "Place-based decision making of how total mental health resources (health, social care, voluntary sector) are used to support improvements in the wider social determinants of health and deliver financial sustainable services with better outcomes. Resources could be either aligned or pooled depending on stage of development.",
                        },
                        "Cross-cutting strategies" {
                            "2.4-M6" => "The ICS has a system-wide understanding of workforce, estates and digital infrastructure, ideally through aggregating data from all ICS organisations. It has developed system-wide plans for these, and is implementing them.",
                            "2.4-M7" => "Fairly apportion additional capital funding to organisations engaged in the delivery of NHS MH services based on ICS estates, capital, IT and technology plans.",
                            "2.4-M8" => "ICS to consider population needs and all health and care assets when undertaking estates planning, including Mental Health estates at place and system levels.",
                        },
                    ],
                },
                thriving: {
                    headline: "Improvements in workforce, estates and digital infrastructure being seen across the system.",
                    themes: [
                        "Financial Leadership and Governance" {
                            "2.4-T1" => "Mental health leaders continue to play a strong role in financial leadership and governance within the ICS, and can demonstrate the value of MH within the ICS.",
                            "2.4-T2" => "Established system relationships to underpin whole-system commissioning and provision (co-produced and enabled by full health system engagement in MH).",
                            "2.4-T3" => "Strong delivery of national and system-level mental health programmes, supported by robust governance arrangements.",
                        },
                        "Cross-cutting strategies" {
                            "2.4-T4" => "Workforce, estates and digital infrastructure improvements are being made across the ICS, in a systematic way.",
                            "2.4-T5" => "ICS uses capital investment and existing assets to drive transformation.",
                        },
                    ],
                },
                references: [],
            },
        ],
    };
}
