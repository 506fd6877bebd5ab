//! Where stored text that could not be read is kept, so that nothing the user
//! saved is ever overwritten: before a key is written again, its unreadable
//! text is copied to a backup key next to it.

/// How many backup copies one key may collect before the app stops writing
/// that key rather than lose one of them.
pub const MAX_BACKUPS: usize = 20;

/// Where to put a backup of unreadable text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupSlot {
    /// This exact text is already kept under the named key.
    AlreadyKept(String),
    /// Copy the text to this key, which is free.
    WriteTo(String),
    /// Every slot holds a different text; write nothing.
    Full,
}

/// The name of backup slot `n` (counting from 1) for `key`:
/// `key.backup`, `key.backup.2`, `key.backup.3`, ...
pub fn backup_key(key: &str, n: usize) -> String {
    if n <= 1 {
        format!("{key}.backup")
    } else {
        format!("{key}.backup.{n}")
    }
}

/// Chooses where to keep `raw`, the unreadable text of `key`, given a way to
/// read what each key currently holds.
pub fn choose_backup_slot(
    key: &str,
    raw: &str,
    read: impl Fn(&str) -> Option<String>,
) -> BackupSlot {
    for n in 1..=MAX_BACKUPS {
        let slot = backup_key(key, n);
        match read(&slot) {
            None => return BackupSlot::WriteTo(slot),
            Some(kept) if kept == raw => return BackupSlot::AlreadyKept(slot),
            Some(_) => {}
        }
    }
    BackupSlot::Full
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn storage(entries: &[(&str, &str)]) -> HashMap<String, String> {
        entries
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_first_backup_goes_next_to_the_key() {
        let store = storage(&[("s", "garbage")]);
        let slot = choose_backup_slot("s", "garbage", |k| store.get(k).cloned());
        assert_eq!(slot, BackupSlot::WriteTo("s.backup".into()));
    }

    #[test]
    fn the_same_text_is_not_kept_twice() {
        let store = storage(&[("s.backup", "old"), ("s.backup.2", "garbage")]);
        let slot = choose_backup_slot("s", "garbage", |k| store.get(k).cloned());
        assert_eq!(slot, BackupSlot::AlreadyKept("s.backup.2".into()));
    }

    #[test]
    fn a_different_text_takes_the_next_free_slot() {
        let store = storage(&[("s.backup", "old")]);
        let slot = choose_backup_slot("s", "new", |k| store.get(k).cloned());
        assert_eq!(slot, BackupSlot::WriteTo("s.backup.2".into()));
    }

    #[test]
    fn when_every_slot_is_taken_nothing_is_overwritten() {
        let store: HashMap<String, String> = (1..=MAX_BACKUPS)
            .map(|n| (backup_key("s", n), format!("text {n}")))
            .collect();
        let slot = choose_backup_slot("s", "another", |k| store.get(k).cloned());
        assert_eq!(slot, BackupSlot::Full);
    }
}
