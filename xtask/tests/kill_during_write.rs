//! `kill -9` of `cargo xtask codegen` while it writes: the folder holds the old crate or the new one, whole
//! (on Linux always: the swap is one `renameat2(RENAME_EXCHANGE)`; elsewhere, for the instant between the
//! two renames of the swap, it is absent with both whole beside it), and the next run leaves the new crate
//! and no temporary folder. The kills land at increasing delays, so across
//! the loop they hit loading, staging and the swap; the check holds wherever they land.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("below").to_path_buf();
                out.insert(rel, std::fs::read(&p).unwrap_or_default());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn codegen(model: &Path, out: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_xtask"));
    c.args(["codegen", "--package", "victim", "--model"])
        .arg(model)
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

#[test]
fn kill_9_at_any_moment_leaves_one_whole_crate() {
    let root = xtask::repo_root();
    let (old_model, new_model) = (
        root.join("models/fsx-delete-backup.json"),
        root.join("models/kitchen-sink.json"),
    );
    let work = std::env::temp_dir().join(format!("xtask-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("mkdir");
    let reference = |model: &Path, name: &str| {
        let dir = work.join(name);
        assert!(codegen(model, &dir).status().expect("runs").success());
        snapshot(&dir)
    };
    let (old, new) = (reference(&old_model, "old"), reference(&new_model, "new"));

    // How long a whole run takes here, so that the kills spread over it.
    let started = std::time::Instant::now();
    reference(&new_model, "timing");
    let whole = started.elapsed();

    let dir = work.join("victim");
    let (mut landed_old, mut landed_new) = (0, 0);
    for i in 0..24u32 {
        let _ = std::fs::remove_dir_all(&dir);
        assert!(codegen(&old_model, &dir).status().expect("runs").success());
        let mut child = codegen(&new_model, &dir).spawn().expect("spawns");
        std::thread::sleep(whole * i / 20);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let mut now = snapshot(&dir);
        // For the instant between the exchange and the next call, the new crate still holds its marker
        // (the writer's, which the next run removes); the crate itself is whole.
        now.remove(Path::new(codegen::io::NEW_MARK));
        if dir.exists() {
            if now == old {
                landed_old += 1;
            } else if now == new {
                landed_new += 1;
            } else {
                let mixed: Vec<_> = now.keys().filter(|k| old.get(*k) != now.get(*k)).collect();
                panic!("kill {i}: a mix of the two crates; differing from the old: {mixed:?}");
            }
        } else {
            if cfg!(target_os = "linux") {
                panic!(
                    "kill {i}: the folder is absent, although the swap is one exchange on Linux"
                );
            }
            assert_eq!(snapshot(&work.join(".victim.codegen-old")), old, "kill {i}");
        }
        assert!(
            codegen(&new_model, &dir).status().expect("runs").success(),
            "kill {i}: next run"
        );
        assert_eq!(
            snapshot(&dir),
            new,
            "kill {i}: the next run gives the new crate"
        );
        let left: Vec<_> = std::fs::read_dir(&work)
            .expect("read")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("victim.codegen-"))
            .collect();
        assert!(left.is_empty(), "kill {i}: leftovers {left:?}");
    }
    eprintln!("kills that left the old crate: {landed_old}, the new one: {landed_new}");
    let _ = std::fs::remove_dir_all(&work);
}
