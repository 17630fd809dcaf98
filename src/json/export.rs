//! The matrix export ([`crate::guide::formats`]): every word of an edition.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::PerLevel;
use crate::level::Level;
use crate::model::{
    Criterion, Domain, HighLevelTheme, LevelContent, LevelInfo, Matrix, SubSection, Theme,
};

impl Serialize for Matrix {
    /// The matrix export format ([`crate::guide::formats`]).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Matrix", 6)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("title", self.title())?;
        s.serialize_field("version", self.version())?;
        s.serialize_field("levels", self.levels())?;
        s.serialize_field("high_level_themes", self.high_level_themes())?;
        s.serialize_field("domains", self.domains())?;
        s.end()
    }
}

impl Serialize for LevelInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("LevelInfo", 3)?;
        s.serialize_field("id", &self.level())?;
        s.serialize_field("name", self.name())?;
        s.serialize_field("description", self.description())?;
        s.end()
    }
}

impl Serialize for HighLevelTheme {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("HighLevelTheme", 2)?;
        s.serialize_field("name", self.name())?;
        s.serialize_field("statements", self.statements())?;
        s.end()
    }
}

impl Serialize for Domain {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Domain", 5)?;
        s.serialize_field("id", &self.id())?;
        s.serialize_field("title", self.title())?;
        s.serialize_field("partners", self.partners())?;
        s.serialize_field("overview", &PerLevel(Level::ALL.map(|l| self.overview(l))))?;
        s.serialize_field("subsections", self.subsections())?;
        s.end()
    }
}

impl Serialize for SubSection {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("SubSection", 4)?;
        s.serialize_field("id", &self.id())?;
        s.serialize_field("title", self.title())?;
        s.serialize_field("levels", &PerLevel(*self.levels()))?;
        s.serialize_field("references", self.references())?;
        s.end()
    }
}

impl Serialize for LevelContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("LevelContent", 3)?;
        s.serialize_field("headline", self.headline())?;
        // A later edition lists the IDs it retired (never reused); none in the first.
        if self.retired().is_empty() {
            s.skip_field("retired")?;
        } else {
            s.serialize_field("retired", self.retired())?;
        }
        s.serialize_field("themes", self.themes())?;
        s.end()
    }
}

impl Serialize for Theme {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Theme", 3)?;
        s.serialize_field("name", self.name())?;
        match self.intro() {
            Some(intro) => s.serialize_field("intro", intro)?,
            None => s.skip_field("intro")?,
        }
        s.serialize_field("criteria", self.criteria())?;
        s.end()
    }
}

impl Serialize for Criterion {
    /// `{"id", "text", "points"}`; `points` is left out when empty. Text that continues
    /// after the points ([`Criterion::closing`]) is appended to `text`, after a space.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Criterion", 3)?;
        s.serialize_field("id", &self.id())?;
        match self.closing() {
            Some(closing) => s.serialize_field("text", &format!("{} {}", self.text(), closing))?,
            None => s.serialize_field("text", self.text())?,
        }
        if self.points().is_empty() {
            s.skip_field("points")?;
        } else {
            s.serialize_field("points", self.points())?;
        }
        s.end()
    }
}

impl Matrix {
    /// The matrix in the export format of [`crate::guide::formats`], as pretty-printed
    /// JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the matrix always serializes")
    }
}
