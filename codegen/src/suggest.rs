//! "Did you mean": the nearest of a list of names to a misspelt one, by edit distance.

/// The candidate closest to `wanted` (ignoring case), when it is close enough to be a likely typo: at most a
/// third of the name's length in edits (and at least one). Ties go to the first candidate.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let limit = (wanted.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = distance(&wanted_lower, &c.to_lowercase());
        if d <= limit && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Levenshtein distance over chars.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_a_near_name_only() {
        let ops = ["DeleteBackup", "DescribeBackups", "CreateBackup"];
        assert_eq!(closest("DeleteBakup", ops), Some("DeleteBackup"));
        assert_eq!(closest("deletebackup", ops), Some("DeleteBackup"));
        assert_eq!(closest("DescribeBackup", ops), Some("DescribeBackups"));
        assert_eq!(closest("NoSuchOp", ops), None);
    }
}
