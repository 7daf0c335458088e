use super::super::tests::{T0, playbook, review};
use super::*;
use crate::domain::Roster;

fn rows(store: &Store) -> Vec<crate::domain::inbox_row::CaseRow> {
    let mut rows = store.with_index(|ix| ix.newest_first()).unwrap();
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    rows
}

#[test]
fn a_batch_makes_the_same_files_and_rows_as_one_case_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(dir.path().join("s"))
        .unwrap()
        .with_roster(Roster::new(&["Ann".to_string(), "Bob".to_string()]))
        .unwrap()
        .with_device("dev1".into());
    let single = s.create_case(&review(), &playbook(), "Ann", T0).unwrap();
    rows(&s); // the index exists from here on, so batches write rows
    let mut praise = review();
    praise.customer = "Bea".into();
    praise.rating = Some(5);
    praise.platform_id = Some("g-2".into());
    let (pb, other) = (playbook(), {
        let mut p = playbook();
        p.id = "other".into();
        p
    });
    let items: Vec<(&Review, &Playbook)> = (0..BATCH + 3)
        .map(|i| {
            if i % 2 == 0 {
                (&praise, &pb)
            } else {
                (&praise, &other)
            }
        })
        .collect();
    let ids = s.create_cases(&items, "Ann", T0).unwrap();
    assert_eq!(ids.len(), BATCH + 3);
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());

    // Files as `create_case` writes them: loads, no hand edits, one copy
    // per playbook, nothing left aside.
    for (i, id) in ids.iter().enumerate().step_by(97) {
        let case = s.load(id).unwrap();
        assert_eq!(case.playbook.id, items[i].1.id);
        assert_eq!(case.review, praise);
        assert_eq!(s.hand_edits(id).unwrap(), Vec::<String>::new());
        assert_eq!(s.events(id).unwrap()[0].device.as_deref(), Some("dev1"));
    }
    assert_eq!(std::fs::read_dir(s.playbooks_dir()).unwrap().count(), 2);
    let aside = std::fs::read_dir(s.root().join("cases"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.')
        })
        .count();
    assert_eq!(aside, 0);
    assert_eq!(s.case_ids().unwrap().len(), BATCH + 4);
    assert!(s.case_ids().unwrap().contains(&single));

    // The rows written from memory are the rows read back from the files.
    let from_memory = rows(&s);
    assert_eq!(from_memory.len(), BATCH + 4);
    s.reindex().unwrap();
    assert_eq!(rows(&s), from_memory);
}
