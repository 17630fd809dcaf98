//! Labels for files that name no respondent: [`file_labels`].

use crate::name::key as name_key;

/// Labels for files that name no respondent ([`crate::guide::perspectives`]): each
/// file's name, or, where two files have the same name (compared as names), as many of
/// the last parts of their paths as tell them apart (`north/a.json` and `south/a.json`).
/// A path whose parts are all shared with another's is labelled by the whole path as
/// given; the same path given twice keeps its file name.
///
/// ```
/// let labels = mhics::perspectives::file_labels(&["x/north/a.json", "y/south/a.json", "b.json"]);
/// assert_eq!(labels, ["north/a.json", "south/a.json", "b.json"]);
/// ```
pub fn file_labels<S: AsRef<std::path::Path>>(paths: &[S]) -> Vec<String> {
    let parts: Vec<Vec<String>> = paths
        .iter()
        .map(|p| {
            let mut parts: Vec<String> = p
                .as_ref()
                .components()
                .filter(|c| !matches!(c, std::path::Component::CurDir))
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            parts.reverse();
            parts
        })
        .collect();
    let label = |i: usize, depth: usize| -> String {
        let p = &parts[i];
        if depth >= p.len() {
            return paths[i].as_ref().to_string_lossy().into_owned();
        }
        let mut taken: Vec<&str> = p[..depth].iter().map(String::as_str).collect();
        taken.reverse();
        taken.join("/")
    };
    let mut depth = vec![1; paths.len()];
    // Each round lengthens the labels that clash; a label stops growing at its whole path.
    loop {
        let labels: Vec<String> = (0..paths.len()).map(|i| label(i, depth[i])).collect();
        let keys: Vec<String> = labels.iter().map(|l| name_key(l)).collect();
        // The distinct paths under each label: the same path twice is one file.
        let mut holders: std::collections::HashMap<&str, Vec<&std::path::Path>> =
            std::collections::HashMap::new();
        for (key, path) in keys.iter().zip(paths) {
            let held = holders.entry(key).or_default();
            if !held.contains(&path.as_ref()) {
                held.push(path.as_ref());
            }
        }
        let mut grew = false;
        for i in 0..paths.len() {
            if holders[keys[i].as_str()].len() > 1 && depth[i] < parts[i].len() {
                depth[i] += 1;
                grew = true;
            }
        }
        if !grew {
            return labels;
        }
    }
}
