//! The usual way to ship a maturity model, for comparison: the model as a JSON data file
//! parsed at start-up into owned structs, responses in a `HashMap` keyed by criterion ID
//! string, and the crate's rules of progression computed over them. Written as a competent
//! engineer would, with serde_json and std collections.

#![allow(dead_code)]

use std::collections::HashMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Model {
    pub id: String,
    pub version: String,
    pub domains: Vec<Domain>,
}

#[derive(Debug, Deserialize)]
pub struct Domain {
    pub id: String,
    pub title: String,
    pub subsections: Vec<SubSection>,
}

#[derive(Debug, Deserialize)]
pub struct SubSection {
    pub id: String,
    pub title: String,
    pub levels: Levels,
    #[serde(default)]
    pub references: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Levels {
    pub developing: LevelContent,
    pub maturing: LevelContent,
    pub thriving: LevelContent,
}

impl Levels {
    pub fn ordered(&self) -> [(&'static str, &LevelContent); 3] {
        [
            ("developing", &self.developing),
            ("maturing", &self.maturing),
            ("thriving", &self.thriving),
        ]
    }
}

#[derive(Debug, Deserialize)]
pub struct LevelContent {
    pub headline: String,
    pub themes: Vec<Theme>,
}

#[derive(Debug, Deserialize)]
pub struct Theme {
    pub name: String,
    #[serde(default)]
    pub intro: Option<String>,
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Deserialize)]
pub struct Criterion {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub points: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partial,
    NotMet,
    NotApplicable,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentFile {
    pub matrix: String,
    pub version: String,
    pub system: String,
    #[serde(default)]
    pub date: Option<String>,
    pub responses: HashMap<String, Response>,
}

/// The model parsed, with an index from criterion ID to its place.
pub struct Loaded {
    pub model: Model,
    pub index: HashMap<String, (usize, usize, usize, usize, usize)>,
}

/// Parses the exported matrix JSON and indexes its criteria by ID.
pub fn load(json: &str) -> Loaded {
    let model: Model = serde_json::from_str(json).expect("the export parses");
    let mut index = HashMap::new();
    for (d, domain) in model.domains.iter().enumerate() {
        for (s, sub) in domain.subsections.iter().enumerate() {
            for (l, (_, level)) in sub.levels.ordered().into_iter().enumerate() {
                for (t, theme) in level.themes.iter().enumerate() {
                    for (c, criterion) in theme.criteria.iter().enumerate() {
                        index.insert(criterion.id.clone(), (d, s, l, t, c));
                    }
                }
            }
        }
    }
    Loaded { model, index }
}

impl Loaded {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        let &(d, s, l, t, c) = self.index.get(id)?;
        let level = self.model.domains[d].subsections[s].levels.ordered()[l].1;
        Some(&level.themes[t].criteria[c])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    pub met: u16,
    pub applicable: u16,
    pub total: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubSectionResult<'a> {
    pub id: &'a str,
    pub coverage: [Coverage; 3],
    /// 0 = none, 1 = developing, 2 = maturing, 3 = thriving.
    pub attained: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation<'a> {
    pub subsections: Vec<SubSectionResult<'a>>,
    pub domains: Vec<(&'a str, u8)>,
    pub overall: u8,
}

/// The rules of progression over the parsed model and a response map.
pub fn evaluate<'a>(model: &'a Model, responses: &HashMap<String, Response>) -> Evaluation<'a> {
    let mut subsections = Vec::with_capacity(16);
    let mut domains = Vec::with_capacity(model.domains.len());
    for domain in &model.domains {
        let mut lowest = 3;
        for sub in &domain.subsections {
            let mut coverage = [Coverage::default(); 3];
            for (l, (_, level)) in sub.levels.ordered().into_iter().enumerate() {
                for theme in &level.themes {
                    for criterion in &theme.criteria {
                        let c = &mut coverage[l];
                        c.total += 1;
                        match responses.get(&criterion.id).map(|r| r.status) {
                            Some(Status::Met) => {
                                c.met += 1;
                                c.applicable += 1;
                            }
                            Some(Status::NotApplicable) => {}
                            _ => c.applicable += 1,
                        }
                    }
                }
            }
            let attained = coverage
                .iter()
                .take_while(|c| c.met == c.applicable)
                .count() as u8;
            lowest = lowest.min(attained);
            subsections.push(SubSectionResult {
                id: &sub.id,
                coverage,
                attained,
            });
        }
        domains.push((domain.id.as_str(), lowest));
    }
    let overall = domains.iter().map(|d| d.1).min().unwrap_or(0);
    Evaluation {
        subsections,
        domains,
        overall,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap<'a> {
    pub id: &'a str,
    pub subsection: &'a str,
    pub level: &'static str,
    pub theme: &'a str,
    pub status: &'static str,
}

/// The default gap list: toward each sub-section's next level.
pub fn gaps<'a>(model: &'a Model, responses: &HashMap<String, Response>) -> Vec<Gap<'a>> {
    let evaluation = evaluate(model, responses);
    let mut out = Vec::new();
    let results = evaluation.subsections.iter();
    let subs = model.domains.iter().flat_map(|d| &d.subsections);
    for (sub, result) in subs.zip(results) {
        let next = result.attained as usize; // index of the next level, 3 = none
        for (l, (name, level)) in sub.levels.ordered().into_iter().enumerate() {
            if l > next {
                break;
            }
            for theme in &level.themes {
                for criterion in &theme.criteria {
                    let status = match responses.get(&criterion.id).map(|r| r.status) {
                        Some(Status::Met) | Some(Status::NotApplicable) => continue,
                        Some(Status::Partial) => "partial",
                        Some(Status::NotMet) => "not_met",
                        None => "not_assessed",
                    };
                    out.push(Gap {
                        id: &criterion.id,
                        subsection: &sub.id,
                        level: name,
                        theme: &theme.name,
                        status,
                    });
                }
            }
        }
    }
    out
}
