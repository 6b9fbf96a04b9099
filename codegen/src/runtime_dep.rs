//! How a generated crate names its dependency on `smithy-runtime`: a path, a git repository or a
//! registry version, as the user chooses (`--runtime path=..|git=..|version=..`).

use std::path::{Component, Path, PathBuf};

/// Where the generated crate finds `smithy-runtime`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeDep {
    /// A folder holding the runtime crate (absolute, or relative to the current folder when parsed).
    Path(PathBuf),
    /// A git repository whose workspace holds the runtime, with an optional `branch`, `tag` or `rev`.
    Git {
        url: String,
        reference: Option<(GitRef, String)>,
    },
    /// A registry version requirement (`0.1`, `=0.1.3`).
    Version(String),
}

/// Which kind of git reference pins a [`RuntimeDep::Git`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GitRef {
    Branch,
    Tag,
    Rev,
}

impl GitRef {
    fn key(self) -> &'static str {
        match self {
            GitRef::Branch => "branch",
            GitRef::Tag => "tag",
            GitRef::Rev => "rev",
        }
    }
}

impl RuntimeDep {
    /// Reads `path=DIR`, `git=URL[,branch=B|,tag=T|,rev=R]` or `version=REQ`.
    pub fn parse(spec: &str) -> Result<RuntimeDep, String> {
        let bad = |why: &str| {
            format!(
                "--runtime {spec:?}: {why}; write path=DIR, git=URL (optionally ,branch=B ,tag=T or ,rev=R) or version=REQ"
            )
        };
        let (kind, rest) = spec.split_once('=').ok_or_else(|| bad("no `=` in it"))?;
        match kind.trim() {
            "path" if !rest.trim().is_empty() => Ok(RuntimeDep::Path(PathBuf::from(rest.trim()))),
            "version" if !rest.trim().is_empty() => {
                Ok(RuntimeDep::Version(rest.trim().to_string()))
            }
            "git" => {
                let mut parts = rest.split(',');
                let url = parts.next().unwrap_or("").trim().to_string();
                if url.is_empty() {
                    return Err(bad("the git URL is empty"));
                }
                let reference = match parts.next() {
                    None => None,
                    Some(r) => {
                        let (k, v) = r
                            .split_once('=')
                            .ok_or_else(|| bad("a git reference needs `=`"))?;
                        let k = match k.trim() {
                            "branch" => GitRef::Branch,
                            "tag" => GitRef::Tag,
                            "rev" => GitRef::Rev,
                            other => {
                                return Err(bad(&format!("`{other}` is not branch, tag or rev")));
                            }
                        };
                        if v.trim().is_empty() {
                            return Err(bad("the git reference is empty"));
                        }
                        Some((k, v.trim().to_string()))
                    }
                };
                if parts.next().is_some() {
                    return Err(bad("at most one of branch, tag or rev"));
                }
                Ok(RuntimeDep::Git { url, reference })
            }
            "path" | "version" => Err(bad("the value is empty")),
            other => Err(bad(&format!("`{other}` is not path, git or version"))),
        }
    }

    /// The dependency's TOML keys for a manifest in `crate_dir` (absolute): a path is written relative to
    /// the crate when both share a first folder below the root (so a committed crate and its runtime can
    /// move together), else absolute.
    pub fn toml_keys(&self, crate_dir: &Path) -> String {
        match self {
            RuntimeDep::Path(p) => {
                let shown = relative_to(p, crate_dir).unwrap_or_else(|| p.clone());
                // Forward slashes on every platform; a JSON string is a valid TOML basic string.
                let text = shown.display().to_string().replace('\\', "/");
                format!("path = {}", toml_str(&text))
            }
            RuntimeDep::Git { url, reference } => match reference {
                None => format!("git = {}", toml_str(url)),
                Some((k, v)) => format!("git = {}, {} = {}", toml_str(url), k.key(), toml_str(v)),
            },
            RuntimeDep::Version(v) => format!("version = {}", toml_str(v)),
        }
    }
}

fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `target` seen from `base` (`../../runtime`), when both are absolute, free of `..`, and share at
/// least their first folder.
fn relative_to(target: &Path, base: &Path) -> Option<PathBuf> {
    let plain = |p: &Path| {
        p.is_absolute()
            && p.components()
                .all(|c| !matches!(c, Component::ParentDir | Component::CurDir))
    };
    if !plain(target) || !plain(base) {
        return None;
    }
    let t: Vec<Component> = target.components().collect();
    let b: Vec<Component> = base.components().collect();
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // Only the root in common: an absolute path says more than a climb to `/`.
    if common < 2 {
        return None;
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c.as_os_str());
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_form_becomes_its_toml_keys() {
        let dir = Path::new("/home/me/ws/sdk/fsx");
        let dep = |s: &str| RuntimeDep::parse(s).unwrap().toml_keys(dir);
        assert_eq!(dep("path=/home/me/ws/runtime"), r#"path = "../../runtime""#);
        assert_eq!(dep("path=/opt/runtime"), r#"path = "/opt/runtime""#);
        assert_eq!(dep("version=0.1"), r#"version = "0.1""#);
        assert_eq!(
            dep("git=https://example.com/smithy-rs-native.git"),
            r#"git = "https://example.com/smithy-rs-native.git""#
        );
        assert_eq!(
            dep("git=https://example.com/r.git,rev=abc123"),
            r#"git = "https://example.com/r.git", rev = "abc123""#
        );
    }

    #[test]
    fn malformed_forms_say_what_is_wrong() {
        for (spec, says) in [
            ("runtime", "no `=`"),
            ("path=", "empty"),
            ("git=", "URL is empty"),
            ("git=u,commit=1", "not branch, tag or rev"),
            ("git=u,rev=1,tag=2", "at most one"),
            ("crate=x", "not path, git or version"),
        ] {
            let e = RuntimeDep::parse(spec).unwrap_err();
            assert!(e.contains(says), "{spec}: {e}");
        }
    }
}
