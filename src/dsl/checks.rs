//! The compile-time checks of [`matrix!`](crate::matrix): each a `const fn` that builds a
//! part of the content and fails the build, naming the row at fault, when it is wrong.

use crate::id::{CriterionId, DomainId, SubSectionId};
use crate::layout::LEVEL_CAPACITY;
use crate::level::Level;
use crate::message::Message;
use crate::model::{LevelContent, Matrix, Theme};

/// The first element, if any (for `$(...)?` fragments).
pub const fn optional(items: &[&'static str]) -> Option<&'static str> {
    match items {
        [] => None,
        [item, ..] => Some(item),
    }
}

/// Parses a domain ID, failing the build with `message` when malformed.
pub const fn domain_id(s: &str, message: &str) -> DomainId {
    match DomainId::parse(s) {
        Some(id) => id,
        None => panic!("{}", message),
    }
}

/// Parses a sub-section ID, failing the build with `message` when malformed.
pub const fn subsection_id(s: &str, message: &str) -> SubSectionId {
    match SubSectionId::parse(s) {
        Some(id) => id,
        None => panic!("{}", message),
    }
}

/// Parses a criterion ID, failing the build with a message that begins with
/// `lead` (e.g. "criterion ID `") and names `s` when malformed.
pub const fn criterion_id(s: &str, lead: &str) -> CriterionId {
    match CriterionId::parse(s) {
        Some(id) => id,
        None => {
            let message = Message::NONE
                .push_str(lead)
                .push_str(s)
                .push_str("` is not of the form <sub-section>-<D|M|T><n>, e.g. \"1.1-D1\"");
            panic!("{}", message.as_str())
        }
    }
}

/// `the <level> level of sub-section <sub>`.
const fn where_(sub: SubSectionId, level: Level) -> Message {
    Message::NONE
        .push_str("the ")
        .push_str(level.as_str())
        .push_str(" level of sub-section ")
        .push_subsection(sub)
}

/// Fails the build: `id` is not the next ID of its level.
const fn misnumbered(lead: &str, id: CriterionId, sub: SubSectionId, level: Level) -> ! {
    let first = CriterionId::new(sub, level, 1);
    let second = CriterionId::new(sub, level, 2);
    let message = Message::NONE
        .push_str(lead)
        .push_id(id)
        .push_str("` does not fit where it stands: the ")
        .push_str(level.as_str())
        .push_str(" criteria of sub-section ")
        .push_subsection(sub)
        .push_str(" must be numbered ")
        .push_id(first)
        .push_str(", ")
        .push_id(second)
        .push_str(", ... in order");
    panic!("{}", message.as_str())
}

/// Fails the build: `message` then `, the most one level can hold` and so on.
const fn too_many(sub: SubSectionId, level: Level) -> ! {
    let message = where_(sub, level).push_str(
        " numbers more than 64 criteria (retired IDs included), the most one level can hold",
    );
    panic!("{}", message.as_str())
}

/// Checks the retired IDs from `retired[next]` numbered up to `up_to`, each the next
/// number in order (`expected`), failing the build otherwise; returns where the
/// retired IDs and the numbering then stand.
const fn skip_retired(
    sub: SubSectionId,
    level: Level,
    retired: &[CriterionId],
    mut next: usize,
    mut expected: usize,
    up_to: u8,
) -> (usize, usize) {
    while next < retired.len() && retired[next].number() <= up_to {
        if expected > LEVEL_CAPACITY {
            too_many(sub, level);
        }
        let gone = retired[next];
        if !gone.const_eq(CriterionId::new(sub, level, expected as u8)) {
            misnumbered("retired criterion ID `", gone, sub, level);
        }
        expected += 1;
        next += 1;
    }
    (next, expected)
}

/// Builds one level's content, checking in one pass that it has at least one
/// criterion, every theme at least one, and that its criteria and retired IDs
/// together are numbered `<sub>-<letter>1, 2, ...` in order up to 64 (the retired
/// ones leave gaps; an ID seen before is reported as appearing twice). A mistake
/// fails the build with a message naming the ID, theme or level.
pub const fn level(
    sub: SubSectionId,
    place: Option<SubSectionId>,
    level: Level,
    headline: &'static str,
    retired: &'static [CriterionId],
    themes: &'static [Theme],
) -> LevelContent {
    // A sub-section numbered out of order is reported as that (once, by its first
    // level), before its criteria are checked against its number.
    if let Some(place) = place {
        if !sub.const_eq(place) {
            if level as u8 != Level::Developing as u8 {
                return LevelContent::__new(level, headline, retired, themes);
            }
            let message = Message::NONE
                .push_str("sub-section `")
                .push_subsection(sub)
                .push_str("` is out of place in domain ")
                .push_number(place.domain().number())
                .push_str(": it stands where ")
                .push_subsection(place)
                .push_str(" belongs, and its sub-sections must be numbered ")
                .push_number(place.domain().number())
                .push_str(".1, ")
                .push_number(place.domain().number())
                .push_str(".2, ... in order");
            panic!("{}", message.as_str());
        }
    }
    let mut expected: usize = 1;
    let mut next_retired = 0;
    let mut count = 0;
    let mut t = 0;
    while t < themes.len() {
        let criteria = themes[t].criteria();
        if criteria.is_empty() {
            let message = Message::NONE
                .push_str("theme \"")
                .push_str(themes[t].name())
                .push_str("\" of ")
                .push_str(where_(sub, level).as_str())
                .push_str(" has no criteria: a theme needs at least one criterion");
            panic!("{}", message.as_str());
        }
        let mut c = 0;
        while c < criteria.len() {
            let id = criteria[c].id();
            // Retired numbers before this criterion's are skipped, in order.
            (next_retired, expected) =
                skip_retired(sub, level, retired, next_retired, expected, id.number());
            if expected > LEVEL_CAPACITY {
                too_many(sub, level);
            }
            if !id.const_eq(CriterionId::new(sub, level, expected as u8)) {
                if id.subsection().const_eq(sub)
                    && id.level() as u8 == level as u8
                    && (id.number() as usize) < expected
                {
                    let message = Message::NONE
                        .push_str("criterion ID `")
                        .push_id(id)
                        .push_str("` appears twice in ")
                        .push_str(where_(sub, level).as_str())
                        .push_str(": every criterion ID must be unique");
                    panic!("{}", message.as_str());
                }
                misnumbered("criterion ID `", id, sub, level);
            }
            expected += 1;
            count += 1;
            c += 1;
        }
        t += 1;
    }
    // Retired IDs after the last criterion.
    skip_retired(sub, level, retired, next_retired, expected, u8::MAX);
    if count == 0 {
        let message =
            where_(sub, level).push_str(" has no criteria: a level needs at least one criterion");
        panic!("{}", message.as_str());
    }
    LevelContent::__new(level, headline, retired, themes)
}

/// The ID the sub-section written `sub` should have where it stands among the
/// sub-sections written `subsections` of domain `domain`: `<domain>.<place>`; `None`
/// when the domain ID is malformed (reported where it is parsed).
pub const fn expected_subsection(
    domain: &str,
    sub: &str,
    subsections: &[&str],
) -> Option<SubSectionId> {
    let Some(domain) = DomainId::parse(domain) else {
        return None;
    };
    let mut s = 0;
    while s < subsections.len() && s < u8::MAX as usize {
        if same_str(subsections[s], sub) {
            return Some(SubSectionId::new(domain, (s + 1) as u8));
        }
        s += 1;
    }
    None
}

const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Checks that a matrix's domains are numbered 1, 2, ... in order.
pub const fn check_matrix(matrix: &Matrix, messages: &[&str]) {
    let domains = matrix.domains();
    let mut d = 0;
    while d < domains.len() {
        if d + 1 > u8::MAX as usize || domains[d].id().number() as usize != d + 1 {
            panic!("{}", messages[d]);
        }
        d += 1;
    }
}
