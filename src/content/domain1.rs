crate::matrix! {
    /// Domain 1 of the tool: System Leadership, Partnerships and Change Capability.
    pub const DOMAIN_1: Domain = domain "1" {
        title: "System Leadership, Partnerships and Change Capability",
        partners: "The system / all partners refers to the: NHS (primary care, community, acute and MH providers, commissioners), local authority (public health, social care, housing and education), service users and carers, police, ambulance services, voluntary and community sector leaders working in partnership, providing strategic leadership across the whole population of an ICS to help redesign care and improve population health.",
        overview: {
            developing: [
                "The ICS has a clear vision of progress and delivery against the Five Year Forward View for Mental Health (FYFVMH) and is putting in plans to ensure the delivery of the LTP requirements.",
                "The ICS recognises the need for strong collaborative leadership that includes expertise in mental health. Relationships across all partners are developing.",
                "There are examples where co-production with service users, carers and citizens has provided benefits to the system, however co-production is not yet embedded as a core function that drives decision making.",
                "There is a shared understanding of system, place and neighbourhood priorities for action to improve mental health outcomes and mental health inequalities.",
                "There are up to date joint strategic needs assessments, which explicitly address mental health across all ages, in place within the ICS.",
            ],
            maturing: [
                "The ICS has a clear, shared set of system outcomes that underpins its strategy and vision which include mental health outcomes. Progress is being made to build a common purpose, collectively owned narrative and public narrative in support of the vision and strategy.",
                "Governance and clear accountability structures are agreed and are maturing within the ICS, supporting leaders to make decisions. There is dedicated mental health clinical, management and service user leadership capacity within the ICS.",
                "ICS system leaders ensure that co-production of services with service users, carers and citizens is embedded as a core function of the ICS and is the key driver of a change.",
                "All partners within the system recognise mental health as everybody’s business, with leadership debate steered away from discussions regarding organisation-specific objectives towards broader objectives to achieve improvements in population health outcomes.",
                "A proactive approach to talent identification and management to build a strong pipeline of mental health leaders is developing.",
            ],
            thriving: [
                "The ICS has a clear, shared set of system outcomes that underpins its strategy and vision to which progress is being made and impact is being demonstrated against.",
                "Robust governance and clear accountability structures are in place and support the ICS. The ICS undertakes an integrated self-assessment assurance function.",
                "All partners are involved with decision making within the ICS.",
                "Mental health leaders across the system skilled at working with system partners to identify and scale innovation.",
                "There is a strong focus on outcomes, population health, building relationships, learning and capacity building.",
            ],
        },
        subsections: [
            // ---- 1.1 ----
            "1.1" {
                title: "Strong collaborative and inclusive system leadership and governance",
                developing: {
                    headline: "All system leaders signed up to working together with the ability to carry out decisions that are made.",
                    themes: [
                        "Collaboration" {
                            "1.1-D1" => "The importance of mental health to overall health and life outcomes across the life course is understood by ICS leaders, who show an interest in - and commitment to – transforming care & improving mental health outcomes.",
                            "1.1-D2" => "ICS leaders engage service users, carers, citizens and voluntary sector and community groups at place and neighbourhood levels to co-produce plans and the design of services.",
                            "1.1-D3" => "The ICS Partnership Board includes expertise from leaders with a responsibility for mental health. This could include MH provider executive leaders, acute providers, Primary Care Networks (PCNs), Clinical Commissioning Groups (CCGs) and council leaders.",
                            "1.1-D4" => "Mental health leaders support the planning and development of delivery models across the whole ICS.",
                        },
                        "Leadership" {
                            "1.1-D5" => "ICS leaders are developing MH system leadership capacity and capability and this includes people with lived experience, NHS, local authority (including Health and Wellbeing Boards), voluntary sector, and community sector organisations.",
                            "1.1-D6" => "The ICS has identified GP and psychiatry clinical leaders for mental health and they are supporting the development of the ICS clinical vision and plans.",
                        },
                        "Governance" {
                            "1.1-D7" => "A Mental Health Board with appropriate representation from the ICS, for example primary care, providers, CCGs, local authorities, housing, education, service users, voluntary, community and third sector, police, ambulance services. It reports into the ICS Partnership Board and drives integration and transformation.",
                        },
                    ],
                },
                maturing: {
                    headline: "Collaborative and inclusive system leadership and governance; including primary care, Non-Executive Directors (NEDs), the voluntary and community sector, local authorities and social care providers.",
                    themes: [
                        "Collaboration" {
                            "1.1-M1" => "The principles and practice of co-production are embedded within ICS governance arrangements at system, place and neighbourhood levels.",
                        },
                        "Leadership" {
                            "1.1-M2" => "There are identified ICS service user, carer and citizen leaders for mental health and they are supporting the development of the ICS clinical vision and plans.",
                            "1.1-M3" => "There are identified community and voluntary sector leaders for mental health (including Children and Young People’s (CYP) MH and older people) and they are supporting the development of the ICS clinical vision and plans.",
                            "1.1-M4" => "MH provider non-executive leaders are engaged in the ICS, including in any non-executive ICS forums.",
                            "1.1-M5" => "Primary Care Networks have an identified clinical lead for mental health.",
                            "1.1-M6" => "ICS Leaders are working effectively together to ensure strategic plans enable care to be provided within the right setting and at the right time.",
                            "1.1-M7" => "Mental health clinical leaders and management help translate how the strategic plans for the ICS, relate to place and locally based neighbourhood teams.",
                            "1.1-M8" => "Executive informatics leadership roles within the ICS have a clear understanding of mental health data across the whole age range, and the challenges and opportunities it provides. The data is frequently reviewed at executive level and all partners understand the need to support the system to articulate that good mental health has to social & economic benefits within the wider system.",
                        },
                        "Governance" {
                            "1.1-M9" => "Governance structures agreed with all partners are simple, transparent, and provide clarity about how accountability will work across the system and what are the responsibilities of the constituent organisations including Health and Wellbeing Boards.",
                        },
                    ],
                },
                thriving: {
                    headline: "Strong collaborative and inclusive system leadership, including primary care, NEDs, the voluntary and community sector, local authorities and social care providers. Robust governance in place including clinical leadership and Health and Wellbeing Boards.",
                    themes: [
                        "Leadership" {
                            "1.1-T1" => "Service user co-creation and co-production (including children & young people and carers) drives and underpins changes at ICS level. To support this the ICS has built in service user leadership capability and capacity with a regular feedback loop provided to the ICS.",
                            "1.1-T2" => "Mental health leaders (including CYP MH) have an expert advisory role within the ICS that uses their experience of working in complex systems across different health care models to drive and support the evolution and innovation of ICSs.",
                            "1.1-T3" => "MH clinical executive leadership is aligned within the Integrated Care System and provides a clear accountability to ICS. MH leaders with decision making capabilities are supported to influence the wider system.",
                        },
                        "Governance" {
                            "1.1-T4" => "Systems have accountability and governance arrangements that assess, monitor and drive performance in the quality of services, and the quality of experience for people using them. Beyond Barriers CQC report.",
                        },
                    ],
                },
                references: [],
            },
            // ---- 1.2 ----
            "1.2" {
                title: "Shared system vision and objectives",
                developing: {
                    headline: "The ICS vision and objectives is in development, a common purpose and a collectively-owned narrative is being built and tested with its communities..",
                    themes: [
                        "Vision" {
                            "1.2-D1" => "ICS partners are working together to develop a shared vision and supporting narrative that articulates the benefits of integration, including mental health.",
                            "1.2-D2" => "ICS partners have a shared understanding that good MH underpins good overall health and life outcomes.",
                        },
                        "Planning" {
                            "1.2-D3" => "There are up to date joint strategic needs assessments (JSNAs) in each of the local authority areas/place based systems within the ICS footprint, and the ICS has a developing understanding of shared issues and priorities across all JSNAs.",
                            "1.2-D4" => "The ICS has a clear plan for delivering the FYFVMH ambitions by April 2021.",
                            "1.2-D5" => "The ICS has an evolving plan for how it expects to deliver the Long Term Plan Implementation Framework for MH.",
                        },
                    ],
                },
                maturing: {
                    headline: "Clear shared vision and objectives, with consistent progress seen.",
                    themes: [
                        "Vision" {
                            "1.2-M1" => "ICS partners have a shared vision and supporting narrative for all ages that is recognised by service users, carers and citizens, and by staff across each of the ICS partners and other stakeholders.",
                            "1.2-M2" => "The vision and narrative explicitly includes a commitment to:" [
                                "improving mental health outcomes,",
                                "reducing health inequalities, and",
                                "Working towards a seamless transition between (CYP) MH and adult services.",
                            ] then "This is underpinned by improved population health management, and more integrated mental health service delivery",
                        },
                        "Planning" {
                            "1.2-M3" => "The ICS has a clear and well-developed understanding of shared issues and priorities across JSNAs and is making progress in tackling them.",
                            "1.2-M4" => "The ICS has an agreed set of population mental health outcomes for all ages, including key mental health inequalities, and has plans in place to improve against them.",
                        },
                    ],
                },
                thriving: {
                    headline: "A strong public narrative outlining how integrated care is benefiting communities is making demonstrable impact on outcomes.",
                    themes: [
                        "Vision" {
                            "1.2-T1" => "Mental health and wellbeing across all ages is a priority within the ICS’s shared vision and supporting narrative. The ICS’s single strategy sets out the vision which is underpinned by a strong focus on collecting and using outcomes data to drive quality improvement.",
                            "1.2-T2" => "The public narrative developed by the ICS is owned by communities who are able to articulate the benefits and impacts integrated care has on outcomes, parity and reducing mental health stigma.",
                        },
                        "Planning" {
                            "1.2-T3" => "Strategic plans are developed that help all system partners understand how they contribute to ICS goals and performance.",
                            "1.2-T4" => "Robust CYP MH and local wellbeing transformation plans are in place and are aligned with the ICS strategic plan.",
                            "1.2-T5" => "Collaboration between NHS and LA leaders to develop a system-wide approach to strategy, finance and performance.",
                            "1.2-T6" => "The single strategy and agreed outcomes developed by the ICS has been co-produced by people with a lived experience of mental health illness (including CYP and carers).",
                            "1.2-T7" => "Ensure that at place level there is multi-partner involvement from the health and social care sectors e.g. through ‘multi-agency discharge events’ – MADE.",
                            "1.2-T8" => "At place level, there is active monitoring of the impact of integrated care on mental and physical outcomes.",
                        },
                    ],
                },
                references: [
                    "https://www.longtermplan.nhs.uk/wp-content/uploads/2019/07/nhs-mental-health-implementation-plan-2019-20-2023-24.pdf",
                    "https://improvement.nhs.uk/documents/628/multi-agency-discharge-event-RIG.pdf",
                ],
            },
            // ---- 1.3 ----
            "1.3" {
                title: "System transformation partnership and engagement",
                developing: {
                    headline: "Plans to increase the involvement of local government, voluntary and community partners, service users and the public in decision-making at system, place and neighbourhood levels.",
                    themes: [
                        "Partnership and engagement" {
                            "1.3-D1" => "Relationships are developing with local government, voluntary and community partners in order to support service users and carers across their life course. For example Thrive LDN, which is a city-wide movement to improve the mental health and wellbeing of all Londoners.",
                            "1.3-D2" => "Plans are in place to increase the involvement of local government, voluntary and community partners, service users and the public in decision-making at system, place and neighbourhood levels.",
                            "1.3-D3" => "Voluntary, community and social enterprise (VCSE) sector organisations are recognised as key partners in helping the delivery and implementation of integrated working.",
                        },
                        "Decision making" {
                            "1.3-D4" => "Plans are developing for sharing greater responsibility for integration across all partners. All partners are aware and understand each others statutory duties. For example local authorities are accountable to local people and politicians and may have an active role in supporting population health management at borough level.",
                        },
                        "Asset management" {
                            "1.3-D5" => "Neighbourhood networks are mapped social prescribing assets in their locality and directing people appropriately",
                        },
                    ],
                },
                maturing: {
                    headline: "Effective on-going involvement of voluntary and community partners, service users and the public in decision-making at system, place and neighbourhood levels.",
                    themes: [
                        "Partnership and engagement" {
                            "1.3-M1" => "The ICS is fully engaged with all partners at system, place and neighbourhood levels to develop their understanding of whole systems and integrated working.",
                            "1.3-M2" => "Engagement and strong partnerships developing with local government, voluntary and community partners, service users and the public, (e.g. Bexley care – case study 1 here).",
                        },
                        "Decision making" {
                            "1.3-M3" => "There is mature partnership working taking place with voluntary and community partners, with an understanding of the resources and opportunities that exist within the community.",
                            "1.3-M4" => "Community champions, peer support workers and service users are active in engaging communities in decision making and delivery (e.g. Frimley Health Care and Surrey Heartlands).",
                        },
                        "Asset management" {
                            "1.3-M5" => "Meaningful partnerships are in place that look at the total ICS resources in the area. There are plans to collaborate to ensure there is an equal and equitable apportion of resources. These are managed by all partners around the system with aligned incentives to ensure they meet the needs of the population.",
                            "1.3-M6" => "Peer support capacity and capability is being developed across the ICS.",
                            "1.3-M7" => "Neighbourhood networks are working together to increase the support and provision of social prescribing assets to communities",
                        },
                    ],
                },
                thriving: {
                    headline: "A greater emphasis on partnership working and system-wide quality in within its regulatory activity.",
                    themes: [
                        "Partnership and engagement" {
                            "1.3-T1" => "The ICS is effectively working in collaboration to deliver whole systems working, with a track record of delivery to ensure that people receive the right care at the right time within the right setting.",
                        },
                        "Decision making" {
                            "1.3-T2" => "There is strong partnerships, joint decision making and engagement with local government, voluntary and community partners, service users and the public at system, place and neighbourhood levels.",
                        },
                        "Asset management" {
                            "1.3-T3" => "Partnership working across the ICS empowers and enables communities to mobilise their assets (e.g. Wigan deal).",
                        },
                    ],
                },
                references: [
                    "https://www.thriveldn.co.uk/",
                    "https://www.rcpsych.ac.uk/docs/default-source/improving-care/better-mh-policy/policy/rcpsych---improving-mental-health-services-in-systems-of-integrated-and-accountable-care-final.pdf",
                    "https://www.frimleyhealthandcare.org.uk/media/1143/frimley-ics-operating-plan-2019-20-final-11th-april-submission-20190411-2-00000002.pdf",
                    "https://www.youtube.com/watch?v=JcNl5v_DfTU",
                ],
            },
            // ---- 1.4 ----
            "1.4" {
                title: "Capacity and system transformation change capability",
                developing: {
                    headline: "Plans to secure dedicated capacity and system transformation infrastructure, including clinical leadership and close working with local government, Health and Wellbeing Boards and social care providers.",
                    themes: [
                        "Infrastructure" {
                            "1.4-D1" => "The ICS has reviewed its infrastructure and assets to understand the opportunities there are at a local level to build capacity and enable system transformation.",
                        },
                        "Workforce" {
                            "1.4-D2" => "An understanding of the current MH leadership and workforce capacity and capability. This includes PCNs, clinical input within CCGs, providers and service user involvement.",
                            "1.4-D3" => "Understand the future MH workforce requirements to support system transformation. This will inform the development of the ICS workforce strategy.",
                        },
                    ],
                },
                maturing: {
                    headline: "Dedicated capacity and supporting infrastructure being developed to enable change at system, place (including Health and Wellbeing Boards) and neighbourhood level (through Primary Care Networks).",
                    themes: [
                        "Infrastructure" {
                            "1.4-M1" => "The ICS understands the opportunities and benefits for the whole system and has clear plans for how it will build community mental health capacity and infrastructure in line with the LTP.",
                            "1.4-M2" => "The ICS works together to support local community asset management, recognising its influence on the health and wellbeing of communities, understanding that investing and working in partnership leads to a greater impact on wider social and economic determinants, for example in terms of:" [
                                "Learning and sharing good practice.",
                                "Education & further learning opportunities – children and young people’s mental health services (CYPMHS), education providers and health and social care departments work together to ensure that children and young people do not miss out on education because of their mental health illness (Rethink and McPin foundation).",
                                "Employment – providing good quality jobs, for example all local employers paying living wage and an agreed % of jobs for people recovered from mental ill health, offering alternative routes to employment not solely based on academic attainment.",
                                "Apprenticeships – building roles for different people from different backgrounds, and provide an opportunity to develop rewarding careers.",
                                "Fair share of capital for mental health and utilisation of capital assets.",
                                "Spend towards local business and development of keyworker housing benefits local employees.",
                                "Understanding and utilising estate asset for local community groups.",
                                "Links with local suppliers who prioritise contracts to procure from employers / companies who have active employment strategies to support those people with MH lived experience.",
                            ],
                        },
                        "Quality Improvement" {
                            "1.4-M3" => "Consistent quality improvement methodology is agreed in order to drive high quality and consistent care.",
                            "1.4-M4" => "MH clinical and management teams are working at place level with acute hospital counterparts to explore alternative service models that provide benefits to mental health and physical health (e.g. alcohol outreach services).",
                        },
                        "Workforce" {
                            "1.4-M5" => "The ICS workforce strategy is being implemented which encompasses recruitment and retention plans.",
                            "1.4-M6" => "MH workforce working at neighbourhood and place level with social care to support people’s mental health e.g. housing and education.",
                        },
                    ],
                },
                thriving: {
                    headline: "Dedicated clinical and management capacity and infrastructure to execute system-wide plans.",
                    themes: [
                        "Infrastructure" {
                            "1.4-T1" => "Community mental health service capacity and infrastructure is progressing (including using digital tools to support the optimal use of assets and resources where appropriate).",
                            "1.4-T2" => "The ICS is able to articulate the benefits and opportunities of integrated care for people of all ages with mental health and wellbeing needs and across system partners.",
                            "1.4-T3" => "The ICS is working effectively together to support and build local community asset management (see ‘infrastructure’ text in maturing level on the left).",
                            "1.4-T4" => "Recognising its influence on the health and wellbeing of communities, the ICS is starting to realise the benefits in terms of system process outcomes i.e. the greater impact on wider social and economic determinants.",
                        },
                        "Quality improvement and learning" {
                            "1.4-T5" => "Quality improvement (underpinned by data-derived insights) is embedded to support leaders to execute system-wide transformation.",
                            "1.4-T6" => "Shared learning at place and network levels, for example where areas have been successful in obtaining transformation monies. how do they support other areas to accelerate their learning and ensure there is equity of service provision across the STP.",
                            "1.4-T7" => "Co-location of staff (for example community psychiatric nurses, occupational therapists, cognitive behavioural therapists, social workers, housing support and finance benefits advisers and social care) helps improve continuity of care and supports shared learning.",
                        },
                    ],
                },
                references: [
                    "https://mcpin.org/wp-content/uploads/2018/11/McPin-Foundation-RPRQ-Main-Report.pdf",
                ],
            },
            // ---- 1.5 ----
            "1.5" {
                title: "System culture and talent management",
                developing: {
                    headline: "A developing culture of learning and sharing with system leaders solving problems together and drawing in the experiences of others.",
                    themes: [
                        "Culture" {
                            "1.5-D1" => "The ICS key values set out a culture of learning and sharing across system leaders solving problems and drawing on experiences of other system partners.",
                        },
                        "Talent management" {
                            "1.5-D2" => "Local systems are developing local workforce ‘people plans’ which include a detailed understanding of existing workforce availability, capacity and capability and provides a plan to ensure the appropriate workforce is in place to staff services.",
                            "1.5-D3" => "The workforce strategy for ICS is developing plans for identifying talent and building MH leadership",
                            "1.5-D4" => "The workforce strategy explores different approaches to the types of workforce roles required within the ICS.",
                        },
                    ],
                },
                maturing: {
                    headline: "A proactive approach to talent identification and management to build a strong pipeline of leaders.",
                    themes: [
                        "Culture" {
                            "1.5-M1" => "A culture is developed that supports diversity, learning, capacity building, innovation and improvement to support the system to solve problems collaboratively.",
                            "1.5-M2" => "There is a strong focus on outcomes for population health, which all partners are collectively working towards.",
                        },
                        "Talent management" {
                            "1.5-M3" => "Multidisciplinary learning across the system – ‘passporting’ arrangements in place that allow people to work flexibly across organisations.",
                            "1.5-M4" => "The workforce strategy for ICS has plans for identifying talent and building MH leadership.",
                            "1.5-M5" => "The infrastructure, capacity and capabilities to support different approaches to the types of workforce roles required by the ICS is being built.",
                            "1.5-M6" => "At all levels there are schemes to develop a workforce that is representative of the local populations to enable understanding of different cultural and health behaviours.",
                        },
                    ],
                },
                thriving: {
                    headline: "Leaders across the system are skilled at identifying and scaling innovation, with a strong focus on outcomes and population health, and building relationships.",
                    themes: [
                        "Culture" {
                            "1.5-T1" => "The ICS has created a positive culture towards integration and partnerships are working together with a strong focus on delivery of outcomes.",
                            "1.5-T2" => "System leadership promotes a culture that enables clinicians to routinely collect/report/use patient outcome measures to drive improvements in the quality of services.",
                        },
                        "Talent management" {
                            "1.5-T3" => "Leaders across the system are implementing different approaches beyond traditional roles to build capacity within the workforce. Workforce capability and capacity ensures that the right skills and experience are in place so that staff have the time to focus on patient care.",
                            "1.5-T4" => "The ICS has created rewarding job opportunities and staff are supported in their development for example with access to structured leadership programmes, action learning sets, formal and informal networks and buddy and peer support opportunities.",
                            "1.5-T5" => "The ICS has a strategy in place to ensure there is a diverse leadership and knowledge of how diversity contributes to better outcomes.",
                        },
                    ],
                },
                references: [],
            },
        ],
    };
}
