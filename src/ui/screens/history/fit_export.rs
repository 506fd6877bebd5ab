//! Export as FIT file: the session made into a FIT activity, then
//! downloaded as `bandwork-YYYY-MM-DD.fit`. The encoder is part of the
//! History screen's chunk (a chunk of its own, split from inside another
//! chunk, left an import that the wasm-bindgen tests cannot load).

use crate::model::fit::activity::{activity_file, file_name};
use crate::model::history::session::Session;
use crate::platform::files;

/// Downloads `session` as a FIT file; its name, or None when the browser
/// refused.
pub async fn export_fit(session: Session, offset_min: i32) -> Option<String> {
    let name = file_name(&session, offset_min);
    let bytes = activity_file(&session, offset_min);
    files::download_bytes(&name, "application/vnd.ant.fit", &bytes).then_some(name)
}
