//! Partners' perspectives in HTML: an agenda for the partners' meeting.

use maud::{html, Markup};

use crate::perspectives::{Conversation, Perspectives};

use super::super::markdown::status_name;
use super::super::svg::perspectives_svg_with_id;
use super::super::{attained_name, SPREAD_EXPLAINED};
use super::page::{figure, heading, page, percent, Report};

/// The heading of the conversations of one spread.
fn spread_heading(conversation: &Conversation<'_>) -> &'static str {
    match (conversation.spread, conversation.applicability_disputed) {
        (2, _) => "Met for some, not met for others (spread 2)",
        (1, _) => "Partly in place for some (spread 1)",
        _ => "Whether it applies here (applicability disputed)",
    }
}

/// Partners' perspectives as one HTML document: where the consolidated view stands and
/// how far partners agree, who answered, the picture, agreement and each partner's
/// attained level per sub-section, then the conversations (contested criteria),
/// highest spread first, with who said what and their notes.
pub fn perspectives(perspectives: &Perspectives<'_>) -> Report {
    let title = format!("Partners' perspectives: {}", perspectives.system());
    page(
        &title,
        html! {
            p.meta {
                "Matrix edition " (perspectives.consolidated().matrix().id()) " " (perspectives.consolidated().matrix().version()) ". "
                (perspectives.respondents().len())
                " partners answered; the consolidated view joins their answers: a criterion is met when every partner who found it applicable answered met, not met when all answered not met, partial otherwise; not applicable only when all who answered said so."
            }
            p.meta {
                (super::super::NOT_A_RATING) " Where partners' answers differ is where to start talking."
            }
            section.part { (summary(perspectives, 2, "perspectives")) }
            section.part { (conversations(perspectives, 2)) }
        },
    )
}

/// Where partners disagree, in short: the headline, respondents, the picture and the
/// agreement table, under a heading at `level`; `id` prefixes the picture's IDs.
pub(super) fn summary(perspectives: &Perspectives<'_>, level: u8, id: &str) -> Markup {
    html! {
        (summary_head(perspectives, level))
        (heading(level + 1, html! { "Levels and agreement by sub-section" }))
        (figure(
            &perspectives_svg_with_id(perspectives, id),
            "Each row: the level each partner's own answers attain, the consolidated level (framed), and the agreement share as a bar.",
        ))
        (agreement_table(perspectives))
    }
}

/// How many conversations a board report names.
const BOARD_CONVERSATIONS: usize = 5;

/// Where partners disagree, for a board: the headline, respondents, the picture, and
/// the few conversations that matter most (the widest spread first, then in matrix
/// order), with a pointer to the partners' perspectives report for the whole agenda.
pub(super) fn board_summary(perspectives: &Perspectives<'_>, level: u8, id: &str) -> Markup {
    let conversations = perspectives.conversations();
    let few: Vec<&Conversation<'_>> = conversations.iter().take(BOARD_CONVERSATIONS).collect();
    html! {
        (summary_head(perspectives, level))
        (heading(level + 1, html! { "Levels and agreement by sub-section" }))
        (figure(
            &perspectives_svg_with_id(perspectives, id),
            "Each row: the level each partner's own answers attain, the consolidated level (framed), and the agreement share as a bar.",
        ))
        (heading(level + 1, html! { "The conversations that matter most" }))
        @if few.is_empty() {
            p { "None: wherever two or more partners answered a criterion, they answered alike." }
        } @else {
            p.explain {
                "The " (super::super::headline::count(few.len(), "criterion", "criteria"))
                " of the " (conversations.len()) " for conversation on which partners' answers are furthest apart (the widest spread first, then in the matrix's order). "
                "The whole agenda, every criterion for conversation with each partner's answer and note, is the partners' perspectives report."
            }
            table.conversations {
                thead {
                    tr {
                        th scope="col" { "Criterion" }
                        th scope="col" { "What partners answered" }
                        th scope="col" { "Consolidated" }
                    }
                }
                tbody {
                    @for c in &few {
                        tr {
                            th scope="row" {
                                code { (c.criterion.id().to_string()) } " "
                                (super::super::headline::subsection_name(perspectives.consolidated().matrix(), c.subsection()))
                                ", " (c.level().name()) ": " (c.criterion.text())
                            }
                            td {
                                @for (i, a) in c.answers.iter().enumerate() {
                                    @if i > 0 { br; }
                                    (a.respondent) ": " (status_name(a.status))
                                }
                            }
                            td { (status_name(c.consolidated)) "; spread " (c.spread) }
                        }
                    }
                }
            }
        }
    }
}

/// The headline of where partners disagree and the respondents, under a heading at
/// `level`.
fn summary_head(perspectives: &Perspectives<'_>, level: u8) -> Markup {
    let respondents = perspectives.respondents();
    let consolidated = perspectives.consolidated();
    let evaluation = perspectives.evaluation();
    let (shared, _, all) = perspectives.overall_agreement();
    let least: Vec<String> = {
        let mut agreements: Vec<_> = perspectives
            .subsections()
            .iter()
            .filter_map(|a| Some((a.agreement()?, a.id)))
            .collect();
        agreements.sort_by(|x, y| x.0.total_cmp(&y.0));
        agreements
            .iter()
            .take_while(|(share, _)| *share < 1.0)
            .take(3)
            .map(|(share, id)| {
                format!(
                    "{} ({})",
                    super::super::headline::subsection_name(
                        perspectives.consolidated().matrix(),
                        *id
                    ),
                    percent(Some(*share))
                )
            })
            .collect()
    };
    html! {
        (heading(level, html! { "Where partners disagree" }))
        div.headline {
            p.lead {
                "Consolidated overall: " (attained_name(evaluation.overall())) ". "
                "Partners agree on " (percent(all)) " of the " (shared) " criteria answered by two or more of them; "
                (perspectives.conversations().len()) " criteria are for conversation."
            }
            @if !least.is_empty() {
                p { "Least agreement: " (least.join("; ")) "." }
            }
            p.explain { (SPREAD_EXPLAINED) }
        }
        table.keep {
            caption { "Respondents and the level their own answers attain" }
            thead {
                tr {
                    th scope="col" { "#" }
                    th scope="col" { "Respondent" }
                    th scope="col" { "Date" }
                    th scope="col" { "Criteria answered" }
                    th scope="col" { "Overall" }
                }
            }
            tbody {
                @for (i, r) in respondents.iter().enumerate() {
                    tr {
                        td.num { (i + 1) }
                        th scope="row" { (r.label) }
                        td.date { (r.assessment.date().map_or_else(|| "—".to_owned(), |d| d.to_string())) }
                        td.num { (r.assessment.response_count()) }
                        td { (attained_name(r.evaluation.overall())) }
                    }
                }
                tr.total {
                    td {}
                    th scope="row" { "Consolidated" }
                    td.date { (consolidated.date().map_or_else(|| "—".to_owned(), |d| d.to_string())) }
                    td.num { (consolidated.response_count()) }
                    td { (attained_name(evaluation.overall())) }
                }
            }
        }
    }
}

/// The level each respondent's answers attain per sub-section, the consolidated level
/// and agreement, as a table.
fn agreement_table(perspectives: &Perspectives<'_>) -> Markup {
    let respondents = perspectives.respondents();
    let evaluation = perspectives.evaluation();
    html! {
        table.keep {
            caption {
                "The level each respondent's own answers attain (respondents numbered as above), the consolidated level, and agreement: criteria on which partners agree / criteria answered by two or more."
            }
            thead {
                tr {
                    th scope="col" { "Sub-section" }
                    @for (i, _) in respondents.iter().enumerate() { th scope="col" { (i + 1) } }
                    th scope="col" { "Consolidated" }
                    th scope="col" { "Agreement" }
                }
            }
            tbody {
                @for a in perspectives.subsections() {
                    tr {
                        th scope="row" { (a.id.to_string()) " " (perspectives.consolidated().matrix().subsection(a.id).map_or("", |s| s.title())) }
                        @for r in respondents {
                            td { (attained_name(r.evaluation.subsection(a.id).and_then(|s| s.attained()))) }
                        }
                        td { strong { (attained_name(evaluation.subsection(a.id).and_then(|s| s.attained()))) } }
                        td.num {
                            (a.answered_by_two_or_more - a.contested) "/" (a.answered_by_two_or_more)
                            " (" (percent(a.agreement())) ")"
                        }
                    }
                }
            }
        }
    }
}

/// The conversations, grouped by spread, under a heading at `level`.
pub(super) fn conversations(perspectives: &Perspectives<'_>, level: u8) -> Markup {
    let conversations = perspectives.conversations();
    html! {
        (heading(level, html! { "Conversations (" (conversations.len()) " criteria)" }))
        @if conversations.is_empty() {
            p { "None: wherever two or more partners answered a criterion, they answered alike." }
        } @else {
            p.explain {
                "The criteria on which partners' answers differ, highest spread first, then in matrix order. " (SPREAD_EXPLAINED)
            }
        }
        @for (i, c) in conversations.iter().enumerate() {
            @if i == 0 || spread_heading(&conversations[i - 1]) != spread_heading(c) {
                (heading(level + 1, html! { (spread_heading(c)) }))
            }
            div.conversation {
                (heading(level + 2, html! {
                    code { (c.criterion.id().to_string()) } " "
                    (super::super::headline::subsection_name(perspectives.consolidated().matrix(), c.subsection())) " · "
                    (c.level().name()) " · " (c.theme.name())
                }))
                blockquote {
                    p { (c.criterion.text()) }
                    @if !c.criterion.points().is_empty() {
                        ul { @for point in c.criterion.points() { li { (point) } } }
                    }
                    @if let Some(closing) = c.criterion.closing() { p { (closing) } }
                }
                p {
                    "Consolidated: " strong { (status_name(c.consolidated)) } "; spread " (c.spread)
                    @if c.applicability_disputed { "; applicability disputed" }
                    "."
                }
                table.answers {
                    thead { tr { th scope="col" { "Respondent" } th scope="col" { "Answer" } th scope="col" { "Note" } } }
                    tbody {
                        @for a in &c.answers {
                            tr {
                                th scope="row" { (a.respondent) }
                                td { (status_name(a.status)) }
                                td {
                                    @if let Some(text) = a.note {
                                        @for (n, line) in text.lines().enumerate() {
                                            @if n > 0 { br; }
                                            (line)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
