//! The autosaved working copy of the drafts, with the recorded drafts it
//! was typed on top of. Without that, a working copy older than a later
//! recorded edit (a `heard draft`, a ^S just before a kill) came back as
//! "the draft you were typing" and saving it silently reverted the newer
//! edit. The file is still a `Drafts` object plus one field, so older heard
//! versions read it as before.

use serde::{Deserialize, Serialize};

use super::{Result, Store};
use crate::domain::Drafts;

#[derive(Serialize, Deserialize)]
struct WorkingCopy {
    #[serde(flatten)]
    drafts: Drafts,
    /// sha256 of the recorded drafts the typing started from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    based_on: Option<String>,
}

impl Store {
    /// Save the person's working copy, typed on top of `recorded`.
    pub fn autosave_on(
        &self,
        id: &str,
        who: &str,
        drafts: &Drafts,
        recorded: &Drafts,
    ) -> Result<()> {
        let copy = WorkingCopy {
            drafts: drafts.clone(),
            based_on: Some(recorded.sha256()),
        };
        self.write_person_file(&self.person_file(id, who, ""), &copy)
    }

    /// The person's working copy, if it is still worth restoring over the
    /// recorded `now` drafts: typed on top of exactly them (or saved by a
    /// heard that did not note what it was typed on).
    pub fn working_copy(&self, id: &str, who: &str, now: &Drafts) -> Result<Option<Drafts>> {
        let copy: Option<WorkingCopy> = self.read_person_file(&self.person_file(id, who, ""))?;
        Ok(copy.and_then(|c| {
            let current = c.based_on.is_none_or(|b| b == now.sha256());
            (current && c.drafts != *now).then_some(c.drafts)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::{T0, playbook, review};

    #[test]
    fn a_working_copy_older_than_the_record_is_not_restored() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path().join("s")).unwrap();
        let id = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
        let v1 = Drafts::new("Thanks", "A or B");
        let typed = Drafts::new("Thanks, Mara", "A or B");
        let v2 = Drafts::new("Thank you, Mara", "A or B by Friday");
        s.autosave_on(&id, "ann", &typed, &v1).unwrap();
        assert_eq!(
            s.working_copy(&id, "ann", &v1).unwrap(),
            Some(typed.clone())
        );
        assert_eq!(s.working_copy(&id, "ann", &v2).unwrap(), None);
        assert_eq!(s.working_copy(&id, "ann", &typed).unwrap(), None);
        // A file from before (a plain Drafts object) still restores.
        s.autosave(&id, "ann", &typed).unwrap();
        assert_eq!(
            s.working_copy(&id, "ann", &v2).unwrap(),
            Some(typed.clone())
        );
        // And the old reader still reads the new file.
        s.autosave_on(&id, "ann", &typed, &v1).unwrap();
        assert_eq!(s.autosaved(&id, "ann").unwrap(), Some(typed));
    }
}
