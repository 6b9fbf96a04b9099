//! What configuration loading reads from the outside world: environment variables and the home
//! folder. A value, so tests (and programs that want to) pass a fixed set of variables instead of
//! the process environment, which every thread of a process shares.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// The environment variables configuration is loaded from: the process's ([`Env::process`], the
/// default) or a fixed set ([`Env::from_vars`]).
#[derive(Clone)]
pub struct Env(Arc<Vars>);

enum Vars {
    Process,
    Fixed(BTreeMap<String, String>),
}

impl Default for Env {
    fn default() -> Self {
        Env::process()
    }
}

impl fmt::Debug for Env {
    /// Names only: values may be secrets (`AWS_SECRET_ACCESS_KEY`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            Vars::Process => f.write_str("Env::process()"),
            Vars::Fixed(m) => f.debug_tuple("Env::from_vars").field(&m.keys()).finish(),
        }
    }
}

impl Env {
    /// The process environment, read when a value is needed.
    pub fn process() -> Env {
        Env(Arc::new(Vars::Process))
    }

    /// Exactly these variables and no others.
    pub fn from_vars<K: Into<String>, V: Into<String>>(
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Env {
        Env(Arc::new(Vars::Fixed(
            vars.into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )))
    }

    /// A variable as set (possibly empty); `None` when unset or not Unicode.
    pub fn get(&self, key: &str) -> Option<String> {
        match &*self.0 {
            Vars::Process => std::env::var(key).ok(),
            Vars::Fixed(m) => m.get(key).cloned(),
        }
    }

    /// Every variable whose name starts with `prefix`, by the rest of its name.
    pub(crate) fn vars_with_prefix(&self, prefix: &str) -> Vec<(String, String)> {
        let strip = |k: &str, v: String| k.strip_prefix(prefix).map(|rest| (rest.to_owned(), v));
        match &*self.0 {
            // vars_os: `std::env::vars` panics on a variable that is not Unicode.
            Vars::Process => std::env::vars_os()
                .filter_map(|(k, v)| strip(k.to_str()?, v.into_string().ok()?))
                .collect(),
            Vars::Fixed(m) => m.iter().filter_map(|(k, v)| strip(k, v.clone())).collect(),
        }
    }

    /// A variable with surrounding blanks trimmed; unset and empty are the same (as in the SDKs).
    pub(crate) fn setting(&self, key: &str) -> Option<String> {
        self.get(key)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }

    /// The home folder: `HOME`, else (Windows) `USERPROFILE`, else `HOMEDRIVE` + `HOMEPATH`.
    pub(crate) fn home(&self) -> Option<PathBuf> {
        if let Some(h) = self.setting("HOME") {
            return Some(h.into());
        }
        if let Some(h) = self.setting("USERPROFILE") {
            return Some(h.into());
        }
        match (self.setting("HOMEDRIVE"), self.setting("HOMEPATH")) {
            (Some(d), Some(p)) => Some(format!("{d}{p}").into()),
            _ => None,
        }
    }

    /// A path as the CLI expands it: `$VAR` / `${VAR}` replaced when set (left as is otherwise),
    /// then a leading `~` replaced by the home folder.
    pub(crate) fn expand_path(&self, path: &str) -> PathBuf {
        let mut out = String::with_capacity(path.len());
        let mut rest = path;
        while let Some(i) = rest.find('$') {
            out.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let (name, consumed) = if let Some(braced) = after.strip_prefix('{') {
                match braced.find('}') {
                    Some(end) => (&braced[..end], end + 2),
                    None => ("", 0),
                }
            } else {
                let end = after
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(after.len());
                (&after[..end], end)
            };
            match self.get(name).filter(|_| !name.is_empty()) {
                Some(v) => out.push_str(&v),
                None => out.push_str(&rest[i..i + 1 + consumed]),
            }
            rest = &after[consumed..];
        }
        out.push_str(rest);
        if (out == "~" || out.starts_with("~/") || out.starts_with("~\\"))
            && let Some(home) = self.home()
        {
            return home.join(out[1..].trim_start_matches(['/', '\\']));
        }
        PathBuf::from(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_expand_like_the_cli() {
        let env = Env::from_vars([("HOME", "/home/u"), ("DIR", "/x")]);
        assert_eq!(
            env.expand_path("~/.aws/config"),
            PathBuf::from("/home/u/.aws/config")
        );
        assert_eq!(env.expand_path("$DIR/c"), PathBuf::from("/x/c"));
        assert_eq!(env.expand_path("${DIR}/c"), PathBuf::from("/x/c"));
        assert_eq!(env.expand_path("$NOPE/c"), PathBuf::from("$NOPE/c"));
        assert_eq!(env.expand_path("/a/~b"), PathBuf::from("/a/~b"));
        let win = Env::from_vars([("HOMEDRIVE", "C:"), ("HOMEPATH", "\\Users\\u")]);
        assert_eq!(win.home(), Some(PathBuf::from("C:\\Users\\u")));
        assert!(!format!("{:?}", Env::from_vars([("K", "secret")])).contains("secret"));
    }
}
