//! One assessable criterion: its ID and its words.

use crate::id::CriterionId;

/// One assessable criterion (a `✓` item of the tool).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Criterion {
    id: CriterionId,
    text: &'static str,
    points: &'static [&'static str],
    closing: Option<&'static str>,
}

impl Criterion {
    #[doc(hidden)]
    pub const fn __new(
        id: CriterionId,
        text: &'static str,
        points: &'static [&'static str],
        closing: Option<&'static str>,
    ) -> Criterion {
        Criterion {
            id,
            text,
            points,
            closing,
        }
    }

    /// The criterion's ID.
    pub const fn id(&self) -> CriterionId {
        self.id
    }

    /// The criterion's text (before its points, if it has any).
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// The sub-points (`➢` items) under the criterion.
    pub const fn points(&self) -> &'static [&'static str] {
        self.points
    }

    /// Text that continues the criterion after its points, where the tool has any.
    pub const fn closing(&self) -> Option<&'static str> {
        self.closing
    }

    /// The whole criterion on one line: its text, its points and any closing text,
    /// joined by single spaces (for tables and other one-line forms).
    ///
    /// ```
    /// let c = mhics::MATRIX.criterion("1.2-M2".parse()?).expect("in the matrix");
    /// assert!(c.full_text().starts_with(
    ///     "The vision and narrative explicitly includes a commitment to: improving mental health outcomes,"));
    /// assert!(c.full_text().ends_with("more integrated mental health service delivery"));
    /// # Ok::<(), mhics::Error>(())
    /// ```
    pub fn full_text(&self) -> String {
        let mut out = String::from(self.text);
        for part in self.points.iter().chain(&self.closing) {
            out.push(' ');
            out.push_str(part);
        }
        out
    }
}
