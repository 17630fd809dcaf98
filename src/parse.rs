//! One rule for reading every named value from text (a status, a level, an action
//! status, a target): its identifier or its label, ignoring case, surrounding white
//! space, and whether words are joined by `_`, `-` or a space. So `not_met`, `Not met`
//! and ` NOT-MET ` all read as [`Status::NotMet`](crate::Status::NotMet).

use crate::error::{Error, Kind};

/// `text` folded for comparison: trimmed, lower case, `_` and `-` as spaces.
fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '_' | '-' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The value among `all` (each with its identifier and label) that `text` names, or
/// [`Kind::Unrecognised`] naming what was expected (`what`, e.g. `status`).
pub(crate) fn named<T: Copy>(
    what: &'static str,
    all: &[(T, &'static str, &'static str)],
    text: &str,
) -> Result<T, Error> {
    let folded = fold(text);
    all.iter()
        .find(|(_, id, label)| fold(id) == folded || fold(label) == folded)
        .map(|(value, _, _)| *value)
        .ok_or_else(|| {
            Error::from(Kind::Unrecognised {
                what,
                value: text.to_owned(),
                expected: all.iter().map(|(_, id, _)| *id).collect(),
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::plan::ActionStatus;
    use crate::{Level, Status, Target};

    #[test]
    fn every_named_value_reads_by_identifier_or_label_in_any_case() {
        for status in Status::ALL {
            for text in [status.as_str(), status.name()] {
                assert_eq!(text.parse::<Status>().ok(), Some(status));
                assert_eq!(text.to_uppercase().parse::<Status>().ok(), Some(status));
                assert_eq!(format!(" {text} ").parse::<Status>().ok(), Some(status));
            }
        }
        for level in Level::ALL {
            assert_eq!(level.name().parse::<Level>().ok(), Some(level));
            assert_eq!(
                level.as_str().parse::<Target>().ok(),
                Some(Target::Level(level))
            );
        }
        for status in ActionStatus::ALL {
            assert_eq!(status.name().parse::<ActionStatus>().ok(), Some(status));
            assert_eq!(status.as_str().parse::<ActionStatus>().ok(), Some(status));
        }
        assert_eq!("Next".parse::<Target>().ok(), Some(Target::Next));
        assert_eq!("not-met".parse::<Status>().ok(), Some(Status::NotMet));
    }

    #[test]
    fn other_text_is_refused_naming_what_was_expected() {
        let err = "Mett".parse::<Status>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"Mett\" is not a status; expected one of: met, partial, not_met, not_applicable"
        );
        let err = "".parse::<Level>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"\" is not a level; expected one of: developing, maturing, thriving"
        );
        let err = "soon".parse::<Target>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"soon\" is not a target; expected one of: next, developing, maturing, thriving"
        );
    }
}
