//! kill -9 of the real `heard` in a pseudo-terminal while a person writes
//! the drafts in the compose step. Each round opens the case, checks that
//! the screen shows the newest text that had reached disk, types a new
//! mark at the start of the public reply, and kills the program at a random
//! moment: while it starts, while the text is only on screen, after the
//! autosave, or after a recorded save (^S). After every kill: what had
//! reached disk is still there (or newer), the case loads with its events,
//! and `heard verify` finds nothing.
//!
//! `cargo test --test crash_tui` runs 8 kills; the long run is
//! `cargo test --release --test crash_tui -- --ignored --nocapture`
//! (200 kills; `HEARD_KILL_SEED=N` replays one run's moments).

#[path = "support/pty.rs"]
mod pty;
#[path = "support/pty_world.rs"]
mod pty_world;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use heard::store::Store;
use pty::{Pty, TIMEOUT};
use pty_world::{PtyWorld, check_in_and_breathe, read_to_compose};

/// The marks `K<n>` in a text: the rounds' typing, newest first.
fn marks(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter_map(|w| w.strip_prefix('K')?.parse().ok())
        .collect()
}

fn newest(text: &str) -> Option<u32> {
    marks(text).into_iter().max()
}

/// A small deterministic generator (splitmix64), so a failing run can be
/// replayed from its seed.
struct Moments(u64);

impl Moments {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) % n
    }
}

/// The case as the store and its files hold it after a kill.
struct Disk {
    world_store: PathBuf,
    id: String,
}

impl Disk {
    fn working_copy(&self) -> PathBuf {
        self.world_store
            .join("cases")
            .join(&self.id)
            .join("drafts")
            .join("ann.json")
    }

    /// The newest mark on disk: in the autosaved working copy or in the
    /// recorded drafts. A file that does not parse is a write torn by the
    /// kill, which must never happen.
    fn newest(&self) -> Option<u32> {
        let copy = match std::fs::read(self.working_copy()) {
            Ok(bytes) => {
                let v: serde_json::Value = serde_json::from_slice(&bytes)
                    .unwrap_or_else(|e| panic!("torn working copy: {e}"));
                newest(v["public"].as_str().unwrap_or_default())
            }
            Err(_) => None,
        };
        let store = Store::open(&self.world_store).unwrap();
        let case = store
            .load(&self.id)
            .unwrap_or_else(|e| panic!("the case does not load after a kill: {e}"));
        assert!(
            !store.events(&self.id).unwrap().is_empty(),
            "the case has no events"
        );
        copy.max(newest(&case.drafts.public))
    }
}

/// Open the case and wait for its compose step (a recorded save moves
/// the walk on to the diagnosis: step back to the drafts).
fn open_on_compose(w: &PtyWorld, id: &str) -> Pty {
    let mut t = w.open(id);
    let end = Instant::now() + TIMEOUT;
    while Instant::now() < end {
        let screen = t.screen();
        if screen.contains("saved version") || screen.contains("both drafts need text") {
            return t;
        }
        if screen.contains("What happened") {
            t.send("p");
            t.wait_for("saved version");
            return t;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    t.wait_for("saved version");
    t
}

/// Wait until the working copy holds mark `n` (the autosave ran).
fn wait_autosaved(disk: &Disk, n: u32) {
    let end = Instant::now() + TIMEOUT;
    while Instant::now() < end {
        if let Ok(text) = std::fs::read_to_string(disk.working_copy())
            && marks(&text).contains(&n)
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("the autosave never wrote K{n}");
}

#[derive(Default, Debug)]
struct Tally {
    starting: usize,
    on_screen_only: usize,
    autosaved: usize,
    recorded: usize,
}

/// One round: open, check the restored text, type mark `n`, kill at a
/// moment `m` picks. Returns the newest mark on disk afterwards.
fn round(
    w: &PtyWorld,
    disk: &Disk,
    n: u32,
    before: Option<u32>,
    m: &mut Moments,
    tally: &mut Tally,
) {
    if m.below(10) == 0 {
        // Killed while starting (it may be recording what was typed).
        let mut t = w.open(&disk.id);
        std::thread::sleep(Duration::from_millis(m.below(400)));
        t.kill9();
        tally.starting += 1;
        return;
    }
    let mut t = open_on_compose(w, &disk.id);
    let screen = t.screen();
    assert_eq!(
        newest(&screen),
        before,
        "round {n}: the screen does not show the newest text on disk\n{screen}"
    );
    t.send("e");
    t.send(&format!("K{n} "));
    match m.below(7) {
        // Recorded before the autosave ran: the record is newer than the
        // working copy on disk, which must not come back over it.
        0 => {
            t.send("\x13"); // ^S
            t.wait_for("saved version ✓");
            tally.recorded += 1;
        }
        1 => {
            wait_autosaved(disk, n);
            t.send("\x13");
            t.wait_for("saved version ✓");
            tally.recorded += 1;
        }
        2 | 3 => {
            wait_autosaved(disk, n);
            std::thread::sleep(Duration::from_millis(m.below(300)));
            tally.autosaved += 1;
        }
        // Somewhere around the autosave (800 ms after the last key).
        _ => {
            std::thread::sleep(Duration::from_millis(m.below(1600)));
            tally.on_screen_only += 1;
        }
    }
    let reached = disk.newest();
    t.kill9();
    let after = disk.newest();
    assert!(
        after >= reached,
        "round {n}: K{reached:?} had reached disk before the kill, K{after:?} is there after"
    );
}

fn kill_loop(kills: u32) {
    let seed = std::env::var("HEARD_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("HEARD_KILL_SEED={seed}");
    let mut m = Moments(seed);
    let w = PtyWorld::with_fast_playbook("fast");
    let id = w.new_case(Some("fast"));
    let mut t = w.open(&id);
    check_in_and_breathe(&mut t);
    read_to_compose(&mut t, "It came late");
    t.kill9();
    let disk = Disk {
        world_store: w.store(),
        id: id.clone(),
    };
    let mut tally = Tally::default();
    for n in 1..=kills {
        let before = disk.newest();
        round(&w, &disk, n, before, &mut m, &mut tally);
        let out = w.run(&["verify", &id]);
        assert!(
            out.status.success(),
            "round {n}: heard verify: {}{}",
            pty_world::text(&out.stdout),
            pty_world::text(&out.stderr)
        );
        let out = w.run(&["list"]);
        let said = pty_world::text(&out.stdout) + &pty_world::text(&out.stderr);
        assert!(
            out.status.success() && !said.contains("no events"),
            "{said}"
        );
    }
    // The last round's text is what opens now.
    let t = open_on_compose(&w, &id);
    assert_eq!(newest(&t.screen()), disk.newest(), "{}", t.screen());
    eprintln!(
        "{kills} kills ({tally:?}): 0 acknowledged writes lost, 0 half-made cases, \
         newest text on disk K{:?}",
        disk.newest()
    );
}

#[cfg(unix)]
#[test]
fn kill_9_while_composing_loses_nothing_that_reached_disk() {
    kill_loop(8);
}

/// The long run: `cargo test --release --test crash_tui -- --ignored`.
#[cfg(unix)]
#[test]
#[ignore = "long: 200 kills"]
fn kill_9_while_composing_200_times() {
    kill_loop(200);
}

/// A review dated far ahead (imported by an older heard, or pushed by a
/// teammate) used to make the inbox and the case screen panic on every
/// run: now the screens name the file and give the terminal back.
#[cfg(unix)]
#[test]
fn a_far_date_in_the_store_is_an_error_on_screen_not_a_panic() {
    let w = PtyWorld::new();
    let id = w.new_case(None);
    let review = w.store().join("cases").join(&id).join("review.json");
    let text = std::fs::read_to_string(&review).unwrap();
    let received = serde_json::from_str::<serde_json::Value>(&text).unwrap()["received_at"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(&review, text.replace(&received, "9999-12-31T23:59:59Z")).unwrap();
    // The inbox index learns of a file changed by hand when rebuilt.
    let _ = w.run(&["reindex"]);
    for args in [vec!["open", id.as_str()], vec![]] {
        let mut t = w.spawn(&args);
        t.wait_for("outside the dates");
        assert!(!t.screen().contains("panicked"), "{args:?}: {}", t.screen());
        t.send("q");
        t.wait_holds_terminal((false, false));
        t.wait_exit();
        assert!(!t.screen().contains("panicked"), "{args:?}: {}", t.screen());
    }
}
