//! Messages built while a crate compiles, for the compile errors of
//! [`matrix!`](crate::matrix) and [`migration!`](macro@crate::migration): a fixed buffer that
//! const functions write text and IDs into, so that an error can name the ID at fault
//! without the macros writing out a message for every row.

use crate::id::{CriterionId, SubSectionId};

/// A message of up to 512 bytes (longer text is cut at a character boundary).
#[doc(hidden)]
pub struct Message {
    bytes: [u8; 512],
    len: usize,
}

impl Message {
    /// No message.
    pub const NONE: Message = Message {
        bytes: [0; 512],
        len: 0,
    };

    /// The message with `s` added.
    pub const fn push_str(mut self, s: &str) -> Message {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() && self.len < self.bytes.len() {
            self.bytes[self.len] = b[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    /// The message with the decimal number `n` added.
    pub const fn push_number(self, n: u8) -> Message {
        let digits = [b'0' + n / 100, b'0' + n / 10 % 10, b'0' + n % 10];
        let start = if n >= 100 {
            0
        } else if n >= 10 {
            1
        } else {
            2
        };
        let (_, digits) = digits.split_at(start);
        match core::str::from_utf8(digits) {
            Ok(s) => self.push_str(s),
            Err(_) => self,
        }
    }

    /// The message with a sub-section ID added, e.g. `1.2`.
    pub const fn push_subsection(self, id: SubSectionId) -> Message {
        self.push_number(id.domain().number())
            .push_str(".")
            .push_number(id.number())
    }

    /// The message with a criterion ID added, e.g. `1.2-M3`.
    pub const fn push_id(self, id: CriterionId) -> Message {
        let letter = match id.level() {
            crate::level::Level::Developing => "-D",
            crate::level::Level::Maturing => "-M",
            crate::level::Level::Thriving => "-T",
        };
        self.push_subsection(id.subsection())
            .push_str(letter)
            .push_number(id.number())
    }

    /// Whether there is anything to say.
    pub const fn is_some(&self) -> bool {
        self.len > 0
    }

    /// The text, cut at the last whole character.
    pub const fn as_str(&self) -> &str {
        let mut len = self.len;
        loop {
            let (bytes, _) = self.bytes.split_at(len);
            match core::str::from_utf8(bytes) {
                Ok(s) => return s,
                Err(e) => len = e.valid_up_to(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Message;

    #[test]
    fn ids_and_numbers_are_written_out() {
        let id = "12.3-M45".parse().unwrap();
        let m = Message::NONE
            .push_str("`")
            .push_id(id)
            .push_str("` ")
            .push_number(200);
        assert_eq!(m.as_str(), "`12.3-M45` 200");
        assert!(m.is_some() && !Message::NONE.is_some());
        assert_eq!(Message::NONE.push_number(0).push_number(7).as_str(), "07");
    }

    #[test]
    fn long_text_is_cut_at_a_character_boundary() {
        let mut m = Message::NONE.push_str("x");
        for _ in 0..300 {
            m = m.push_str("é");
        }
        assert_eq!(m.as_str().len(), 511);
        assert!(m.as_str().ends_with('é'));
    }
}
