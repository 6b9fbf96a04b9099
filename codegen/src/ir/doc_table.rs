//! Every documentation text of the lowered shapes, converted to rustdoc Markdown once, while lowering goes
//! on.
//!
//! The HTML conversion is the largest single cost of lowering. The table is built before lowering starts,
//! in the order lowering will ask for the texts (shape by shape, in id order); background threads convert
//! them from the last one back while lowering, asking from the first one on, converts what it reaches
//! first itself. Whichever side converts a text, the text is the same, so the result never depends on the
//! timing; a text that several shapes or members repeat is converted once (twice at most, when lowering
//! reaches one a worker is converting).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread::JoinHandle;

use crate::docs;
use crate::resolve::{Model, ShapeId, ShapeKind, Traits};

pub(super) struct DocTable<'a> {
    index: foldhash::HashMap<&'a str, usize>,
    shared: Arc<Shared>,
    workers: Vec<JoinHandle<()>>,
}

/// What the lowering thread and the workers share: the texts (owned: the workers outlive no borrow), a
/// flag per text saying it was taken, and the result of each.
struct Shared {
    texts: Vec<String>,
    taken: Vec<AtomicBool>,
    /// `None` when the conversion panicked on a worker: the lowering thread converts it again, so the
    /// panic (a generator bug) comes out where it is seen.
    markdown: Vec<OnceLock<Option<String>>>,
    /// How many texts are left for the workers, who take the last of them.
    next: AtomicUsize,
    stop: AtomicBool,
}

impl Shared {
    fn new(texts: Vec<String>) -> Shared {
        let n = texts.len();
        Shared {
            texts,
            taken: (0..n).map(|_| AtomicBool::new(false)).collect(),
            markdown: (0..n).map(|_| OnceLock::new()).collect(),
            next: AtomicUsize::new(n),
            stop: AtomicBool::new(false),
        }
    }

    /// The Markdown of text `i`, for the lowering thread: converted here when no worker took it, taken
    /// from the worker when it is done, and converted here too when a worker is converting it right now
    /// (or its conversion panicked): that costs less than sleeping until the worker is done, and gives the
    /// same text.
    fn markdown_of(&self, i: usize) -> String {
        if self.take(i) {
            let md = docs::to_markdown(&self.texts[i]);
            let _ = self.markdown[i].set(Some(md.clone()));
            return md;
        }
        match self.markdown[i].get() {
            Some(Some(md)) => md.clone(),
            _ => docs::to_markdown(&self.texts[i]),
        }
    }

    fn take(&self, i: usize) -> bool {
        !self.taken[i].swap(true, Ordering::AcqRel)
    }

    fn work(&self) {
        while !self.stop.load(Ordering::Relaxed) {
            // From the last text back: lowering asks from the first one on, so the two sides meet once,
            // in the middle, instead of reaching for the same text all along.
            let Ok(n) = self
                .next
                .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
            else {
                return;
            };
            let i = n - 1;
            if self.take(i) {
                let text = &self.texts[i];
                let md = std::panic::catch_unwind(|| docs::to_markdown(text)).ok();
                let _ = self.markdown[i].set(md);
            }
        }
    }
}

impl<'a> DocTable<'a> {
    /// Collects the documentation of `shapes`, their members and their enum values, and starts converting
    /// it on the machine's other cores.
    pub(super) fn new(model: &'a Model, shapes: &[ShapeId]) -> Self {
        let mut index: foldhash::HashMap<&'a str, usize> = foldhash::HashMap::default();
        let mut texts: Vec<String> = Vec::new();
        let mut add = |t: &'a Traits| {
            if let Some(text) = t.documentation() {
                index.entry(text).or_insert_with(|| {
                    texts.push(text.to_owned());
                    texts.len() - 1
                });
            }
        };
        for shape in shapes.iter().filter_map(|id| model.shape(id)) {
            add(&shape.traits);
            match &shape.kind {
                ShapeKind::Enum(values) => values.iter().for_each(|v| add(&v.traits)),
                ShapeKind::IntEnum(values) => values.iter().for_each(|v| add(&v.traits)),
                ShapeKind::List { member, .. } => add(&member.traits),
                ShapeKind::Map { key, value } => {
                    add(&key.traits);
                    add(&value.traits);
                }
                ShapeKind::Structure(members) | ShapeKind::Union(members) => {
                    members.iter().for_each(|m| add(&m.traits))
                }
                _ => {}
            }
        }
        let n = texts.len();
        let shared = Arc::new(Shared::new(texts));
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .min(8);
        // A few texts are converted faster than a thread starts.
        let workers = if n < 32 { 0 } else { threads - 1 };
        let workers = (0..workers)
            .map(|_| {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || shared.work())
            })
            .collect();
        DocTable {
            index,
            shared,
            workers,
        }
    }

    /// The Markdown of `traits`' documentation (empty without one). A text the table was not built with is
    /// converted on the spot: the result never depends on what was collected up front.
    pub(super) fn of(&self, traits: &Traits) -> String {
        let Some(text) = traits.documentation() else {
            return String::new();
        };
        match self.index.get(text) {
            Some(&i) => self.shared.markdown_of(i),
            None => docs::to_markdown(text),
        }
    }
}

impl Drop for DocTable<'_> {
    /// Stops the workers (lowering may have failed and need no more) and waits for them.
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_converted_whoever_takes_it() {
        let texts: Vec<String> = (0..200)
            .map(|i| format!("<p>Item <code>{i}</code></p>"))
            .collect();
        let n = texts.len();
        let shared = Arc::new(Shared::new(texts));
        let worker = {
            let shared = Arc::clone(&shared);
            std::thread::spawn(move || shared.work())
        };
        // The lowering side asks from the front, the worker takes from the back.
        let asked: Vec<String> = (0..n).map(|i| shared.markdown_of(i)).collect();
        worker.join().expect("worker");
        for (i, md) in asked.iter().enumerate() {
            assert_eq!(md, &format!("Item `{i}`"));
            // Whichever side converted it, the table holds the same text.
            assert_eq!(
                shared.markdown[i].get().cloned().flatten().as_deref(),
                Some(md.as_str())
            );
        }
    }
}
