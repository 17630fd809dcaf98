crate::matrix! {
    /// Domain 3 of the tool: Integrated Care Models.
    pub const DOMAIN_3: Domain = domain "3" {
        title: "Integrated Care Models",
        partners: "The system / all partners refers to the: NHS (primary care, community, acute and MH providers, Commissioners), local authority (public health, social care, housing and education), service users and carers, police, ambulance services, voluntary and community sector leaders working in partnership, providing strategic leadership across the whole population of an ICS to help redesign care and improve population health.",
        overview: {
            developing: [
                "The system will begin thinking with the appropriate partners to understand the different strategic goals of their plans.",
                "System partners will start to establish the infrastructure and develop the analytical capability required to understand the population health needs from partners’ differing perspectives.",
                "System leaders will begin to establish a MH lead in every Primary Care Network (PCN) to help make the case for MH across the life course so that mental health does not operate in isolation from the wider ICS.",
                "System partners will begin to understand how personalised care can enhance choice and support people to manage their physical and mental health and wellbeing.",
                "MH system leaders are working together to understand the challenges of digital interoperability.",
            ],
            maturing: [
                "Maturing ICSs will demonstrate how they are starting to implement plans to provide joined-up care tailored to local needs, using a population health management approach to improve physical and mental health outcomes.",
                "The system understands and has mapped the system-level population needs and assets and can articulate why people access the services, and are taking action to prevent avoidable illnesses and reduce health inequalities.",
                "PCNs will enable greater provision of proactive and preventative health and social care developing a more seamless connection to other community services. PCNs will focus on service delivery at neighbourhood and place to shape alternative services to encourage out of hospital and community care.",
                "Service users and carers are supported to better manage their health through digitally-enabled care, focused first on transforming how outpatient services are offered. Personalised care will enhance choice and control over the way care is planned and delivered based on what matters most to them.",
                "The system will begin to establish the appropriate digital infrastructure to support system leaders and networks to understand their population needs and shape health and care services around those needs. A maturing ICS needs to have organised its analytical capacity so that it knows what intelligence is available and what it the intelligence is telling it.",
            ],
            thriving: [
                "There is successful implementation plans to deliver the 5 service changes, through joined-up working across organisational boundaries, sharing intelligence and workforce.",
                "A full population health management approach through a fully linked dataset between provider and LA enables fully joined up health and social care services across all ages. There is evidenced improvement in mental and physical health outcomes, prevented avoidable illnesses and reduced health inequalities.",
                "PCNs are central to the system where community services are fully established within neighbourhood and place.",
                "Personalised care is business as usual where integrated models allow self-managed care aligned to need. All six components of personalised care are in place across all pathways of care.",
                "System-wide effective integration and interoperability with shared services and partner organisations supports the evolution of ICSs and new models of care, including outpatient redesign and beyond.",
            ],
        },
        subsections: [
            // ---- 3.1 ----
            "3.1" {
                title: "Population health management",
                developing: {
                    headline: "Some understanding of current and future population health and care needs using local and national data.",
                    themes: [
                        "Data / Analysis" {
                            "3.1-D1" => "MH leaders are developing the data analytical capability that will lead to a linked dataset, including the necessary infrastructure, governance arrangements and stakeholder buy-in required for system-level data analytics.",
                            "3.1-D2" => "The system identifies early and effective ways of using data (using nationally developed existing reports and tools) to analyse MH population needs including:" [
                                "Data is used by all partners in an ad hoc way to inform the JSNA, monitor FYFVMH progress and help shape discussions about LTP delivery and evolution of ICS.",
                                "Enabling the sharing of medical records between providers e.g. setting up a joint information sharing protocol between organisations. Data sharing template",
                                "Undertaking qualitative and quantitative analysis to understand population needs.",
                                "Establishing the appropriate infrastructure to enable full implementation of PLICS data and use of SNOMED CT in line with national guidance.",
                                "Streamlining data collection methods in which the system can articulate how mental and physical health interact e.g. Lancashire are bringing different data sources together to better support those with LTC to live independently.",
                            ],
                        },
                        "Reporting and Recording" {
                            "3.1-D3" => "The ICS has agreed a standardised method and quality of reporting and recording of data to understand mental and physical health population need in line with ICS priorities.",
                        },
                        "Outcomes" {
                            "3.1-D4" => "The system is strengthening the approach to measuring and analysing outcome data to understand and articulate the needs of the population, drivers of health and well-being, health inequalities and quality of services. For example, implementation of clinician and patient reported outcome measures such as HoNOS and DIALOG, CYP goals and measures for change, patient experience and process measures such as people continuing to live in stable accommodation.",
                        },
                        "System understanding of MH integration/ interoperability" {
                            "3.1-D5" => "System partners understand and can articulate how different services interact with one another and are starting to consider the benefits of integration across mental and physical health for whole pathway approaches e.g. frailty.",
                            "3.1-D6" => "There is dedicated engagement and input from the social care sector to improve a collective understanding of the wider determinants of health e.g. housing.",
                        },
                    ],
                },
                maturing: {
                    headline: "Public health management capability implemented including segmenting and stratifying population using local and national data to understand needs of key groups and resource use.",
                    themes: [
                        "Data / Analysis" {
                            "3.1-M1" => "The system has significantly strengthened its data analytics capability for greater understanding of population health needs including, for example:" [
                                "System partners have signed-up to a regional patient-level data accessibility agreement.",
                                "System is working to join up primary and secondary care data.",
                                "Through understanding the system-level population needs and assets the ICS can articulate why people access services within the ICS, such as housing, education and employment.",
                                "Work together to standardise delivery of primary MH care.",
                                "Making use of ethnographic data to articulate population and individual behaviours.",
                            ],
                        },
                        "Reporting and Recording" {
                            "3.1-M2" => "There is an agreed governance process in place so that commissioners hold providers accountable (including third/ independent sector providers) to submit the required data to the MHSDS and Improving Access to Psychological Therapies (IAPT) dataset, including outcomes data.",
                        },
                        "Outcomes" {
                            "3.1-M3" => "The ICS is committed to driving an outcomes focused approach to population health management and informs a clear MH segmentation model that considers MH need. For example, neighbourhood leaders use a primary care dashboard to understand differences across neighbourhoods (e.g. IAPT), which is shown at system-level, to understand and then reduce any unwarranted variation and improve the quality of the service.",
                        },
                        "System understanding of MH integration/ interoperability" {
                            "3.1-M4" => "The ICS is starting to redesign pathways using a whole system approach.",
                        },
                    ],
                },
                thriving: {
                    headline: "Full population health management capability embedded at neighbourhood, place and system levels which supports the on-going design and delivery of proactive care.",
                    themes: [
                        "Data / Analysis" {
                            "3.1-T1" => "The system has robust and streamlined data collection methods that is now ‘business as usual’. The system has a linked dataset across health providers (including primary care, acute providers, mental health providers, IAPT and substance misuse), and potentially also including local authority data.",
                            "3.1-T2" => "The system is able to articulate how joint working has an active role in supporting recovery.",
                        },
                        "Reporting and Recording" {
                            "3.1-T3" => "The system has full population health management capability with one system of reporting and recording that is embedded through neighbourhood, place and system levels.",
                        },
                        "Outcomes" {
                            "3.1-T4" => "Outcome measures are routinely collected, reviewed and analysed and inform care delivery. Data could be broken down by age groups, with an understanding of outcomes for under-represented groups such as older people, young adults, etc.",
                        },
                        "System understanding of MH integration/ interoperability" {
                            "3.1-T5" => "Mental and physical health integration is well established. Primary care dashboards inform neighbourhood plans and are able to demonstrate reduced unwarranted variation and optimised operational processes and procedures.",
                        },
                    ],
                },
                references: [
                    "http://www.digitalhealthforum.co.uk/wordpress/wp-content/uploads/2019/03/information_sharing_for_integrated_care_blueprint.pdf",
                    "https://www.england.nhs.uk/wp-content/uploads/2019/06/designing-integrated-care-systems-in-england.pdf",
                    "https://digital.nhs.uk/data-and-information/data-collections-and-data-sets/data-sets/mental-health-services-data-set",
                    "https://digital.nhs.uk/data-and-information/data-collections-and-data-sets/data-sets/improving-access-to-psychological-therapies-data-set",
                ],
            },
            // ---- 3.2 ----
            "3.2" {
                title: "Long Term Plan - care models and service changes",
                developing: {
                    headline: "Early development of the 5 service changes within the LTP, and care models aiming to: address unwarranted clinical variation; integrate services around the needs of the population in neighbourhoods; integrate services vertically at place; and collaborate horizontally across providers at the system and/or place levels.",
                    themes: [
                        "Integrated services" {
                            "3.2-D1" => "The system understands and can articulate how different services interact to develop integrated care models. This process should learn from the experiences of those accessing services.",
                        },
                        "Addressing 5 service changes" {
                            "3.2-D2" => "System partners have a clear plan with joint strategic goals to deliver the 5 service changes set out in the LTP, addressing physical and mental health together. The plan is shaped around population health needs using the national and local data available.",
                            "3.2-D3" => "The system has a joint plan in place to meet the ‘flexible’ and ‘fixed’ targets of the LTP MH deliverables as outlined in the NHS Mental Health Implementation Plan 2019/20 – 2023/24. e.g. a plan is in place to meet the fixed target of at least 66,000 women in total accessing specialist perinatal mental health services by 2023/24 and local targets are scoped to meet the flexible target that there are Maternity Outreach Clinics in all STPs/ICSs by 2023/24.",
                        },
                    ],
                },
                maturing: {
                    headline: "Starting to implement plans to: address unwarranted clinical variation; deliver the 5 service changes in the LTP; tackle the prevention agenda and address health inequalities.",
                    themes: [
                        "Integrated services" {
                            "3.2-M1" => "Integrated care systems are starting to redesign pathways with a whole system approach. System partners are engaging service user groups to describe what this would look like.",
                        },
                        "Addressing 5 service changes:" {
                            "3.2-M2" => "System partners are starting to implement a baseline plan that delivers the 5 service changes that considers:",
                        },
                        "1. Boosting ‘out-of-hospital’ care" {
                            "3.2-M3" => "System partners are developing new models of care that improve out-of-hospital care (including age appropriate models for CYP Urgent & Emergency (U&E) MH). For example, transition workers, alternative services such as crisis café and full use of third sector and NHS provision.",
                        },
                        "2. Reduce pressure on emergency hospital services" intro "Partners are committed to:" {
                            "3.2-M4" => "Understanding blockages in housing and tailor the model of care to improve the discharge process that keep people in the most appropriate place to manage their mental and physical health.",
                            "3.2-M5" => "Developing community based U&E MH care for CYP as an alternative to Emergency Departments (EDs) that support CYP in their homes and local communities.",
                        },
                        "3. Greater control over own health and more personalised care" {
                            "3.2-M6" => "Support and opportunities for people to navigate the care systems to best meet their level of need. This considers wider system partners such as schools, LAs, housing, voluntary sectors.",
                        },
                        "4. Digitally-enabled primary and outpatient care will go mainstream" {
                            "3.2-M7" => "Providers are developing digitally enabled services to support service users to self-manage their care and augment existing pathways of care, for example ‘Headscape Focus’ is a shared digital platform for children and young people with attention deficit hyperactivity disorder (ADHD) developed by Oxleas NHS Foundation Trust to provide a self-management resource and sharing of information online with care teams and communication via instant messaging.",
                        },
                        "5. Increased focus on population health" {
                            "3.2-M8" => "Understand drivers of demand including disease burden, population need, patterns and wider determinants of health including housing and employment, and the impact of these on length of stay.",
                        },
                    ],
                },
                thriving: {
                    headline: "Implementation of the 5 service changes set out in the LTP demonstrating improvement in health outcomes. Integrated teams demonstrating improvement in outcomes.",
                    themes: [
                        "Integrated services" {
                            "3.2-T1" => "The system evaluates whole system pathways and involves service user groups in this process.",
                        },
                        "Addressing 5 service changes" {
                            "3.2-T2" => "System partners are delivering the 5 service changes and going beyond the baseline plans.",
                        },
                    ],
                },
                references: [
                    "https://www.longtermplan.nhs.uk/online-version/chapter-1-a-new-service-model-for-the-21st-century/",
                    "https://www.longtermplan.nhs.uk/wp-content/uploads/2019/07/nhs-mental-health-implementation-plan-2019-20-2023-24.pdf",
                    "https://focus.headscapegreenwich.co.uk/",
                ],
            },
            // ---- 3.3 ----
            "3.3" {
                title: "Development of Primary Care Networks (PCNs)",
                developing: {
                    headline: "PCNs are developing clear vision and plans for local integrated care models and providing services together. Plans include primary care and community services that are starting to work with social care.",
                    themes: [
                        "Governance" {
                            "3.3-D1" => "All PCNs have a dedicated mental health lead that champions MH within the PCN vision, local integrated care models and service provision.",
                        },
                        "Analysing variation" {
                            "3.3-D2" => "PCNs have established a mechanism to define and drive opportunities for collaboration for populations at a place level using a patient-centred approach.",
                        },
                        "Population segmentation" {
                            "3.3-D3" => "PCNs are working to support a standardised, transparent and consistent process to analyse MH population and outcome data to ensure that information is readily available and acted upon. This includes taking steps to understand the specific needs of under-represented groups such as black and minority ethnic (BAME), older adults, people with a personality disorder etc.",
                        },
                        "Maximising interoperability" {
                            "3.3-D4" => "PCNs are looking for opportunities to maximise interoperability between PCNs.",
                        },
                    ],
                },
                maturing: {
                    headline: "PCNs are implementing plans to deliver national service specifications (in preparation for implementation of specifications as they become available nationally) and starting to design care models with partners to meet population need.",
                    themes: [
                        "Governance" {
                            "3.3-M1" => "The PCNs have a legal network agreement in place that includes all necessary partners. Integrated teams could include social care, public health, housing and VSCE partners.",
                            "3.3-M2" => "Mental health teams are aligned with PCNs, with mental health staff embedded in local integrated multidisciplinary teams.",
                        },
                        "Analysing variation" {
                            "3.3-M3" => "System partners collaborate to respond to local variation for example in outcomes, resources, assets and access to treatment.",
                            "3.3-M4" => "PCNs are supporting the whole system approach to mental and physical health integration and are supporting development of whole pathway approaches, for example around frailty.",
                            "3.3-M5" => "PCNs are starting to implement and shape region wide standards of care e.g. crisis plan for London.",
                        },
                        "Population segmentation" {
                            "3.3-M6" => "PCNs readily use and analyse population health and outcome data for basic population segmentation to better understand what kind of care service users need and how often they may need it.",
                        },
                        "Maximising interoperability" {
                            "3.3-M7" => "PCNs across the ICS will maximise opportunities for cross collaboration and shared learning, for example shared health records, staff and estates.",
                        },
                    ],
                },
                thriving: {
                    headline: "Fully mature PCNs across the system are delivering care with partners (at a neighbourhood level and collectively with secondary care and local government at the place level) that meets population needs.",
                    themes: [
                        "Governance" {
                            "3.3-T1" => "The system has a mature governance and oversight that is actively engaged with the rest of the system partners. MH leaders are fully engaged in PCN activities. MH integration may include essential community MH partners such as housing services, debt advice, social care etc.",
                        },
                        "Analysing variation" {
                            "3.3-T2" => "The system fully understands its local resource and has actively worked to reduce unwarranted variation.",
                        },
                        "Population segmentation" {
                            "3.3-T3" => "PCNs are widely supporting care that centred around population health needs.",
                        },
                        "Maximising interoperability" {
                            "3.3-T4" => "Where appropriate, PCNs have integrated pathways and models.",
                        },
                    ],
                },
                references: [],
            },
            // ---- 3.4 ----
            "3.4" {
                title: "Redesigning outpatient services, using new technologies & digital advances",
                developing: {
                    headline: "Plans in place to support interoperable access to care records across health and social care providers.",
                    themes: [
                        "Alternative services" {
                            "3.4-D1" => "The system is starting to put a plan in place that outlines appropriate evidence-based alternative MH services that service users can access e.g. primary care nurse-led clinics in GP surgery.",
                        },
                        "Digital infrastructure" {
                            "3.4-D2" => "MH system leaders working to strengthen the digital infrastructure (effective digital capabilities and integration and interoperability) to support alternative provision aligned to the wider ICS system.",
                        },
                        "Workforce arrangements" {
                            "3.4-D3" => "Organisations look for opportunities to blur boundaries and work closely with partners to improve delivery of care. For example shared wards for people with dementia between providers (including shared workforce); under this model, social care and NHS staff work together but are employed by their original organisation. This will contribute to a shared culture and understanding of how best to use resources e.g. quality improvement.",
                        },
                        "Service involvement" {
                            "3.4-D4" => "Partners are coming together to plan how to offer more online information, platforms and services and consider alternative digital solutions to access services. MH leaders consider the necessary input required to tailor this to MH services.",
                        },
                    ],
                },
                maturing: {
                    headline: "There is a clear plan for how interoperability can enable care redesign with a clear vision and strategy in place to redesign services, focussing initially on outpatient redesign.",
                    themes: [
                        "Alternative services" {
                            "3.4-M1" => "The system is starting to deliver its plan for appropriate evidence-based alternative MH services, which has been co-designed with system partners including, for example, third sector and housing.",
                            "3.4-M2" => "The system is committed to investing in supporting reduced pressure on ED with a focus on improving the discharge processes, for example service users already engaged in MH service should have access and agreed pathways in 24/7 support.",
                        },
                        "Digital infrastructure" {
                            "3.4-M3" => "System partners have established the necessary digital infrastructure to enable alternative provision that has been agreed within the ICS plans e.g. mobile devices for MH staff and online consultation offer.",
                        },
                        "Workforce arrangements" {
                            "3.4-M4" => "Organisations are increasingly blurring boundaries between MH and the wider healthcare system that is in line with the system strategy on redesigning alternative provision Primary and community care is the first point of contact to see and support people living with MH.",
                        },
                        "Service involvement" {
                            "3.4-M5" => "Service users are directed to online information and advice services to self-manage their mental health, as well as the option to access telephone and video consultation to help make alternative provision more efficient. For example Good Thinking – a free online resource for Londoners for addressing sleep problems, anxiety, stress and depression.",
                        },
                    ],
                },
                thriving: {
                    headline: "Digital and new technologies are fully functioning and operating at a system level to deliver redesign of services such as Outpatients.",
                    themes: [
                        "Alternative services" {
                            "3.4-T1" => "Evidence-based alternative MH services have supported service users to be seen in the right place at the right time.",
                        },
                        "Digital infrastructure" {
                            "3.4-T2" => "All necessary MH staff have the required digital infrastructure to support MH alternative provision.",
                        },
                        "Workforce arrangements" {
                            "3.4-T3" => "Well-established cross-organisational working that has led to a more efficient delivery of care. Service users are seen in the appropriate place with primary care as the first point of call.",
                        },
                        "Service involvement" {
                            "3.4-T4" => "Service users are increasingly using online information and advice services to self-manage their mental and physical health. The equivalent information is available for carers to help them to support their loved ones. New digital options are accessible that offer a range of services in line with their needs. Services users have co-designed new models of care to improve the agreed alternative provision services.",
                        },
                    ],
                },
                references: [
                    "https://www.good-thinking.uk/",
                ],
            },
            // ---- 3.5 ----
            "3.5" {
                title: "The prevention agenda and addressing health inequalities",
                developing: {
                    headline: "Plans developing to align local plans to address key issues in health inequality and prevention.",
                    themes: [
                        "Finance and funding" {
                            "3.5-D1" => "Partners are engaged with Health and Wellbeing Boards to better understand budgets for mental health prevention.",
                        },
                        "Achieving standards" {
                            "3.5-D2" => "System level standards of care are evident in plan e.g. how the system will meet 100% coverage of 24/7 crisis resolution.",
                        },
                        "Alignment of physical and mental health" {
                            "3.5-D3" => "The system understands the variation in access to services for BAME populations e.g. for other disadvantaged groups including young adults and looked after children and care leavers and has a joint plan in place.",
                        },
                        "Public health initiatives" {
                            "3.5-D4" => "Mental and physical health are aligned to population health needs. System partners are starting to come together to understand how they contribute to the prevention of, for example smoking, diabetes, alcohol, obesity and air pollution as a part of their wider strategy.",
                        },
                        "Community MH capacity" {
                            "3.5-D5" => "The system is joining the appropriate partners together to start conversations around community MH capacity.",
                        },
                        "Workforce" {
                            "3.5-D6" => "Link workers within primary care networks will work with people to develop tailored plans and connect them to local groups and support services.",
                        },
                    ],
                },
                maturing: {
                    headline: "Use of robust data to identify key determinants of health inequalities and population specific prevention needs. Plans in place to address these across all system level organisations and stakeholders.",
                    themes: [
                        "Finance and funding" {
                            "3.5-M1" => "Health and Wellbeing Boards have identified budgets for the prevention of mental ill-health across all ages.",
                        },
                        "Achieving standards" {
                            "3.5-M2" => "All partners are working to achieve MH standards outlined in the National Service Framework for Mental Health",
                        },
                        "Alignment of physical and mental health" {
                            "3.5-M3" => "The ICS has oversight to ensure that access to services is equal for BAME populations and for other disadvantaged groups, including young adults, looked after children, care leavers and members of the Lesbian, Gay, Bisexual, Transgender and Queer (LGBTQ) community.",
                        },
                        "Public health initiatives" {
                            "3.5-M4" => "System partners are jointly working to ensure that public health services are accessible for people living with mental health, including strategic alignment and commissioning of services addressing, for example: smoking, obesity, alcohol, air pollution and antimicrobial resistance.",
                        },
                        "Community MH capacity" {
                            "3.5-M5" => "Community mental health services work in partnership with providers and local authority to understand the capacity of community MH services. This network is aware of the community MH services available to patients outside of NHS services.",
                            "3.5-M6" => "There are effective links with community assets to support and enable people to become more involved within their community and to use these assets to support their mental health in line with Community Mental Health Framework.",
                        },
                        "Workforce" {
                            "3.5-M7" => "LA working closely with all system partners to respond to local health needs with clearly defined targets in mental health.",
                            "3.5-M8" => "System partners are focused on preventing hospital admissions e.g. through partnership working with the ambulance service and the police.",
                        },
                    ],
                },
                thriving: {
                    headline: "Implementing priorities in prevention and reducing health inequalities as part of care model design and delivery.",
                    themes: [
                        "Finance and funding" {
                            "3.5-T1" => "There is a dedicated budget for mental health public health and prevention initiatives.",
                        },
                        "Achieving standards" {
                            "3.5-T2" => "The system is on track for delivering MH standards.",
                        },
                        "Alignment of physical and mental health" {
                            "3.5-T3" => "There is alignment between mental and physical health that is working to reduce health inequalities, including access to services for BAME, young adults and looked after children and care leavers and members of the LGBTQ community.",
                            "3.5-T4" => "Public health services are fully aligned to MH including commissioning.",
                        },
                        "Public health initiatives" {
                            "3.5-T5" => "The system supports new models around population health management that is focused on preventative treatment and care.",
                        },
                        "Community MH capacity" {
                            "3.5-T6" => "The system responded to ensure that community MH has capacity to meet the needs of the local population and has tailored community services around those needs.",
                            "3.5-T7" => "System partners are fully supporting collaborative public health and preventative activities in the locality.",
                        },
                        "Workforce" {
                            "3.5-T8" => "Service users have tailored plans fully supported by link workers wherever appropriate for service users. Local groups and support services are effectively used to align with the prevention agenda.",
                        },
                    ],
                },
                references: [
                    "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/198051/National_Service_Framework_for_Mental_Health.pdf",
                    "https://www.england.nhs.uk/wp-content/uploads/2019/09/community-mental-health-framework-for-adults-and-older-adults.pdf",
                ],
            },
            // ---- 3.6 ----
            "3.6" {
                title: "Workforce models",
                developing: {
                    headline: "Full system involvement to develop workforce strategy aligned to new models of care and population needs.",
                    themes: [
                        "Streamlined workforce" {
                            "3.6-D1" => "The system is developing a workforce strategy to optimise workforce planning across mental and physical health agreed between all system partners. At this stage MH leaders may need to engage wider system partners on the value of MH integration.",
                        },
                        "Alternative roles" {
                            "3.6-D2" => "The system partners understand and articulate alternative and new roles to meet population needs and in response to workforce shortages, such as peer support, lived experience practitioners, and voluntary sector roles.",
                            "3.6-D3" => "The system responds to workforce shortages through alternative methods e.g. Making use of apprenticeship schemes to help grow and sustain the workforce.",
                        },
                        "Training and development" {
                            "3.6-D4" => "System partners are starting to collaborate to understand and map workforce needs and assets to meet the mental and physical health needs of the population.",
                            "3.6-D5" => "Establish community training hubs to educate and train the future workforce in line with new models of care as part of a multidisciplinary team that bring together PCN and MH.",
                        },
                    ],
                },
                maturing: {
                    headline: "Integrated care teams operating at neighbourhood and place bringing together PCNs, mental health, social care and hospital services as per the triple integration set out in the LTP. Community services teams are increasingly organised to align with PCN footprints.",
                    themes: [
                        "Streamlined workforce" {
                            "3.6-M1" => "The system has implemented a single workforce strategy to optimise workforce planning across mental and physical health agreed between all system partners. The strategy developed in partnership with Health Education England (HEE) includes plans to meet workforce needs, training and development, retention, development of new alternatives roles and statutory duties.",
                            "3.6-M2" => "The ICS understands workforce risks and STP partners are working towards mitigating these where appropriate.",
                        },
                        "Alternative roles" {
                            "3.6-M3" => "A new workforce model is being developed that provides alternative roles. System partners support the introduction of these roles that are aligned to service user need.",
                        },
                        "Training and development" {
                            "3.6-M4" => "Workforce plans feed into training and development, ensuring that they are patient- centred. The ICS considers how MH skills and capabilities meet service user need.",
                            "3.6-M5" => "There is a commitment to upskill all staff in all sectors to understand how a person’s physical health, mental health and social care interact with each other in order to support strategies for early intervention and building resilience especially for people with long-term conditions.",
                        },
                    ],
                },
                thriving: {
                    headline: "Workforce model is agile and adaptable to population need, organisational boundaries are blurred and roles aligned to population needs rather than organisational.",
                    themes: [
                        "Streamlined workforce" {
                            "3.6-T1" => "The system workforce strategy is operating in a fully mature and agile way in response to population need.",
                            "3.6-T2" => "The system has a robust assurance process and meets high quality of care delivery.",
                        },
                        "Alternative roles" {
                            "3.6-T3" => "System partners have a clear understanding of how alternative roles are being used to meet the mental and physical health needs of the population.",
                        },
                        "Training and development" {
                            "3.6-T4" => "The system is making the best use of its workforce by aligning patient need and workforce skills and qualifications.",
                            "3.6-T5" => "Apprenticeship schemes are well embedded in the workforce model in line with the Public Sector Apprenticeship Target.",
                            "3.6-T6" => "The ICS has a well-established method of training a multi-professional workforce as part of the workforce plans e.g Training hubs.",
                        },
                    ],
                },
                references: [
                    "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/680544/Meeting_the_Public_Sector_Apprenticeship_Target.pdf",
                ],
            },
            // ---- 3.7 ----
            "3.7" {
                title: "Personalised care models",
                developing: {
                    headline: "Plans developing to understand population needs and working groups set up to understand how to develop personalised care models.",
                    themes: [
                        "Finance" {
                            "3.7-D1" => "All system partners understand how personal health budgets (PHB) can support people living with MH conditions e.g. learning from ‘looked after children’ personal health budgets (PHB) pilots.",
                        },
                        "Transparent data/ access" {
                            "3.7-D2" => "System partners are collaborating to better understand how to ensure transparency regarding the types of services available, access and self-help.",
                        },
                        "Workforce" {
                            "3.7-D3" => "The system supports values and behaviours that promote personalised care approaches. System partners are considering the necessary skills and behaviour required of their workforce to use and promote personalised care approaches in daily practices e.g. encouraging the use of DIALOG to support self-management of care.",
                        },
                        "Self-driven/managed care" {
                            "3.7-D4" => "Local areas are conducting asset-mapping and gap analysis to ensure that there is a tailored local infrastructure. This includes decisions on link workers and/or pharmacists resources through the Network Contract Directed Enhanced Service (DES) as detailed in the social prescribing reference guide.",
                        },
                    ],
                },
                maturing: {
                    headline: "There is a clear plan for how personalised care models can improve quality of life. Initial models are being tested and delivered across system, place and neighbourhood levels.",
                    themes: [
                        "Finance" {
                            "3.7-M1" => "The system has the infrastructure in place to manage personal heath budgets for people living with MH conditions including, where appropriate, looked after children and care leavers.",
                        },
                        "Transparent data/ access" {
                            "3.7-M2" => "Supports transparent data and information that allows patients to be aware of the care, treatment and support options available to them to best meet their needs and make an informed decision.",
                            "3.7-M3" => "The system is working to improve clinical access to information to enable them to empower people who use the services to self-monitor and manage their own health.",
                        },
                        "Workforce" {
                            "3.7-M4" => "Personalised care approaches are a part of everyday practice for all system partners.",
                        },
                        "Self-driven/managed care" {
                            "3.7-M5" => "Social prescribing link workers are in place to connect people to the wider community support to improve their health and well-being also addressing wider and underlying causes of ill-health.",
                            "3.7-M6" => "System partners actively encourage self-driven care.",
                        },
                    ],
                },
                thriving: {
                    headline: "All 6 components of the comprehensive model for personalised care are in place across all pathways of care.",
                    themes: [
                        "Finance" {
                            "3.7-T1" => "Personal health budgets are actively available to all appropriate patients.",
                        },
                        "Transparent data/ access" {
                            "3.7-T2" => "Data and information is transparent and available to patients and the public. This is embedded into the ICS culture.",
                            "3.7-T3" => "Clinicians have easy access to information to enable them to support patients.",
                        },
                        "Workforce" {
                            "3.7-T4" => "System partners regularly review and share learning to promote personalised care approaches.",
                        },
                        "Self-driven/managed care" {
                            "3.7-T5" => "Self-driven care is embedded in every day practice where patients with long term conditions (LTCs) are fully supported to self-manage through well-established personalised care plans.",
                            "3.7-T6" => "Link workers are fully established roles that are effectively connecting people to community support and methods to manage their mental and physical health.",
                        },
                    ],
                },
                references: [
                    "https://www.england.nhs.uk/personalisedcare/comprehensive-model-of-personalised-care/",
                    "https://www.england.nhs.uk/personal-health-budgets/personal-health-budgets-for-mental-health/",
                    "https://www.england.nhs.uk/wp-content/uploads/2019/07/pcn-reference-guide-social-prescribing.pdf",
                    "https://www.england.nhs.uk/wp-content/uploads/2019/01/social-prescribing-community-based-support-summary-guide.pdf",
                ],
            },
        ],
    };
}
