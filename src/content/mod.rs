//! The content of the London *Mental Health in the Integrated Care System Implementation
//! Tool* (Healthy London Partnership, 2019), one file per domain.
//!
//! Wording is as published, with whitespace normalised; typos and odd punctuation of the
//! original are kept.

mod domain1;
mod domain2;
mod domain3;

pub use domain1::DOMAIN_1;
pub use domain2::DOMAIN_2;
pub use domain3::DOMAIN_3;

crate::matrix! {
    /// The whole Implementation Tool: level definitions, high level themes and the three
    /// domains.
    pub const MATRIX: Matrix = matrix "mhics" {
        edition: MHICS_2019,
        title: "Mental Health in the Integrated Care System Implementation Tool",
        version: "2019",
        levels: {
            developing: {
                name: "Developing",
                description: "Systems may already be doing some of this and are working towards becoming a maturing ICS. These things need to happen before it can move into becoming a maturing ICS.",
            },
            maturing: {
                name: "Maturing",
                description: "What systems need to have done before April 2021 as outlined in the LTP. These things need to happen before it can move into becoming a thriving ICS.",
            },
            thriving: {
                name: "Thriving",
                description: "These systems are considered the most mature version of ICSs. There is not a specific timeline set for a thriving system.",
            },
        },
        high_level_themes: [
            "Population health": [
                "The system understands and is driven by the population health needs of the locality. MH is a part of the wider discussion and helps to inform and shape services.",
                "The ICS is committed to driving an outcomes focused approach to population health management and is collecting and using outcomes (patient and clinician reported and system process outcomes).",
            ],
            "Personalisation & choice": [
                "Staff and patients have the necessary infrastructure in place to enable personalised and self-driven care.",
                "The system has an open approach to promote personalised care.",
            ],
            "Partnership & Co-production": [
                "The system is working to develop strong collaborative leadership where MH features through system partnership working- mental health is considered everyone's business.",
                "The ICS is committed to supporting improvements of service user experience and recovery through outcome measures, promoting shared decision-making and personalised care.",
            ],
            "System architecture": [
                "There is a clear division of responsibility and accountability between MH organisations and system partners.",
                "The ICS has collective delivery of plans with an ‘open book’ approach across all health and care providers and commissioners.",
                "Resources are allocated taking a cost-effective, system-wide approach to meet the wider determinants of health.",
            ],
            "Understanding of what is taking place at each level": [
                "Partners are active in supporting the maturity of the ICS at system, place and neighbourhood.",
                "The ICS has a clear understanding and agreement about what is delivered at system, place and neighbourhood.",
            ],
            "Vision/ Plan": [
                "The ICS understands the benefits that good MH care has on the whole system.",
                "It is essential that the right MH partners are at the table to help shape this vision and shared by other partners such as LA, commissioners, service users, carers, non-health, education etc.",
            ],
        ],
        domains: [DOMAIN_1, DOMAIN_2, DOMAIN_3],
    };
}
