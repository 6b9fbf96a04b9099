//! The shared config and credentials files (`~/.aws/config`, `~/.aws/credentials`), merged into
//! named profiles the way the AWS CLI does:
//!
//! - config file: `[default]` and `[profile name]` are profiles, `[sso-session name]` and
//!   `[services name]` their own kinds; other sections are ignored. Names are split like a shell
//!   would (`[profile "a b"]`), and a header that does not split into two words is ignored. When a
//!   file has both `[default]` and `[profile default]`, the later one counts.
//! - credentials file: every section is a profile, named as written.
//! - a profile in both files has the keys of both; a key in both comes from the credentials file.

pub(crate) mod ini;

use super::config_error::ConfigError;
use super::env::Env;
use ini::{Origin, Section, Value};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use ini::Origin as SettingOrigin;

/// One property of a profile or section, with where it was read.
#[derive(Clone, Debug)]
pub(crate) struct Setting {
    pub(crate) value: Value,
    pub(crate) origin: Origin,
}

/// A named set of properties: a profile, an `sso-session` or a `services` section.
#[derive(Clone)]
pub struct Profile {
    name: String,
    settings: BTreeMap<String, Setting>,
}

impl fmt::Debug for Profile {
    /// Keys only: values may be secrets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Profile")
            .field("name", &self.name)
            .field("keys", &self.settings.keys())
            .finish()
    }
}

impl Profile {
    /// The profile's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A property's text, trimmed; `None` when unset, empty or a block of sub-properties.
    pub fn get(&self, key: &str) -> Option<&str> {
        match &self.settings.get(key)?.value {
            Value::Text(t) => Some(t.as_str()).filter(|t| !t.is_empty()),
            Value::Nested(_) => None,
        }
    }

    /// A block of sub-properties (`s3 =` followed by indented `key = value` lines).
    pub fn sub_properties(&self, key: &str) -> Option<&[(String, String)]> {
        match &self.settings.get(key)?.value {
            Value::Nested(kv) => Some(kv),
            Value::Text(_) => None,
        }
    }

    /// Where a property was read (`file:line`).
    pub fn origin(&self, key: &str) -> Option<&SettingOrigin> {
        self.settings.get(key).map(|s| &s.origin)
    }

    /// Every key the profile sets.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.settings.keys().map(String::as_str)
    }

    pub(crate) fn has(&self, key: &str) -> bool {
        self.settings.contains_key(key)
    }

    fn absorb(&mut self, section: Section) {
        for p in section.properties {
            self.settings.insert(
                p.key,
                Setting {
                    value: p.value,
                    origin: p.origin,
                },
            );
        }
    }

    fn of(name: &str, section: Section) -> Profile {
        let mut p = Profile {
            name: name.to_owned(),
            settings: BTreeMap::new(),
        };
        p.absorb(section);
        p
    }
}

/// Who chose the profile; said in errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ChosenBy {
    Code,
    Env,
    Default,
}

impl ChosenBy {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            ChosenBy::Code => "Config::builder().profile(..)",
            ChosenBy::Env => "AWS_PROFILE",
            ChosenBy::Default => "default",
        }
    }
}

/// Both shared files, read and merged, and the profile in use.
#[derive(Clone, Debug)]
pub struct ProfileSet {
    selected: String,
    profiles: BTreeMap<String, Profile>,
    sso_sessions: BTreeMap<String, Profile>,
    services: BTreeMap<String, Profile>,
    config_file: Option<PathBuf>,
    credentials_file: Option<PathBuf>,
}

impl ProfileSet {
    /// Reads `AWS_CONFIG_FILE` (default `~/.aws/config`) and `AWS_SHARED_CREDENTIALS_FILE` (default
    /// `~/.aws/credentials`); a file that does not exist is empty. The profile is `profile` when
    /// given, else `AWS_PROFILE`, else `default`; one that was asked for by name must exist.
    pub fn load(env: &Env, profile: Option<&str>) -> Result<ProfileSet, ConfigError> {
        let path = |var: &str, default: &str| {
            env.setting(var)
                .map(|p| env.expand_path(&p))
                .or_else(|| env.home().map(|h| h.join(".aws").join(default)))
        };
        let config_file = path("AWS_CONFIG_FILE", "config");
        let credentials_file = path("AWS_SHARED_CREDENTIALS_FILE", "credentials");
        let (selected, chosen_by) = match (profile, env.setting("AWS_PROFILE")) {
            (Some(p), _) => (p.to_owned(), ChosenBy::Code),
            (None, Some(p)) => (p, ChosenBy::Env),
            (None, None) => ("default".to_owned(), ChosenBy::Default),
        };
        let mut set = ProfileSet {
            selected,
            profiles: BTreeMap::new(),
            sso_sessions: BTreeMap::new(),
            services: BTreeMap::new(),
            config_file: config_file.clone(),
            credentials_file: credentials_file.clone(),
        };
        if let Some(file) = &config_file
            && let Some(sections) = read(file)?
        {
            for s in sections {
                set.add_config_section(s);
            }
        }
        if let Some(file) = &credentials_file
            && let Some(sections) = read(file)?
        {
            for s in sections {
                let name = s.name.clone();
                match set.profiles.get_mut(&name) {
                    Some(p) => p.absorb(s),
                    None => {
                        set.profiles.insert(name.clone(), Profile::of(&name, s));
                    }
                }
            }
        }
        if chosen_by != ChosenBy::Default && !set.profiles.contains_key(&set.selected) {
            return Err(ConfigError::ProfileNotFound {
                profile: set.selected,
                chosen_by: chosen_by.describe(),
                files: [config_file, credentials_file]
                    .into_iter()
                    .flatten()
                    .collect(),
            });
        }
        Ok(set)
    }

    /// No files at all: what a program gets when it does not read them.
    pub fn empty() -> ProfileSet {
        ProfileSet {
            selected: "default".into(),
            profiles: BTreeMap::new(),
            sso_sessions: BTreeMap::new(),
            services: BTreeMap::new(),
            config_file: None,
            credentials_file: None,
        }
    }

    fn add_config_section(&mut self, s: Section) {
        // botocore's build_profile_map: prefix test, then a shell split into exactly two words.
        let two_words = |s: &Section| -> Option<String> {
            let w = ini::shell_split(&s.name)?;
            match <[String; 2]>::try_from(w) {
                Ok([_, name]) => Some(name),
                Err(_) => None,
            }
        };
        let (map, name) = if s.name.starts_with("profile") {
            (&mut self.profiles, two_words(&s))
        } else if s.name.starts_with("sso-session") {
            (&mut self.sso_sessions, two_words(&s))
        } else if s.name.starts_with("services") {
            (&mut self.services, two_words(&s))
        } else if s.name == "default" {
            (&mut self.profiles, Some("default".to_owned()))
        } else {
            return;
        };
        if let Some(name) = name {
            // A later section of the same name (`[default]` after `[profile default]`) replaces it.
            map.insert(name.clone(), Profile::of(&name, s));
        }
    }

    /// The name of the profile in use.
    pub fn selected_name(&self) -> &str {
        &self.selected
    }

    /// The profile in use, if either file has it.
    pub fn selected(&self) -> Option<&Profile> {
        self.profiles.get(&self.selected)
    }

    /// A `[profile name]` (or `[default]`) section.
    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }

    /// An `[sso-session name]` section.
    pub fn sso_session(&self, name: &str) -> Option<&Profile> {
        self.sso_sessions.get(name)
    }

    /// A `[services name]` section.
    pub fn services(&self, name: &str) -> Option<&Profile> {
        self.services.get(name)
    }

    /// The config file, when it was found.
    pub fn config_file(&self) -> Option<&Path> {
        self.config_file.as_deref()
    }

    /// The credentials file, when it was found.
    pub fn credentials_file(&self) -> Option<&Path> {
        self.credentials_file.as_deref()
    }

    /// Whether `origin` is in the credentials file (its static keys take precedence over a
    /// `credential_process`, which takes precedence over static keys in the config file).
    pub(crate) fn in_credentials_file(&self, origin: &Origin) -> bool {
        self.credentials_file.as_deref() == Some(&*origin.file)
    }
}

/// A file's sections; `None` when it does not exist (or is not a file), as for the CLI.
fn read(file: &Path) -> Result<Option<Vec<Section>>, ConfigError> {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(_) if file.is_dir() => return Ok(None),
        Err(e) => {
            return Err(ConfigError::Read {
                file: file.to_owned(),
                what: e.to_string(),
            });
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        ConfigError::Syntax {
            file: file.to_owned(),
            line,
            what: "not valid UTF-8".into(),
        }
    })?;
    let shared: Arc<Path> = Arc::from(file);
    ini::parse(&shared, &text).map(Some)
}
