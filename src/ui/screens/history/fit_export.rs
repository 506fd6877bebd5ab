//! Export as FIT file: the session made into a FIT activity by the
//! encoder's own chunk, then downloaded as `bandwork-YYYY-MM-DD.fit`.

use crate::model::fit::activity::file_name;
use crate::model::history::session::Session;
use crate::platform::files;
use crate::ui::lazy::fit_file_bytes;

/// Downloads `session` as a FIT file; its name, or None when the
/// encoder's chunk could not be fetched or the browser refused.
pub async fn export_fit(session: Session, offset_min: i32) -> Option<String> {
    let name = file_name(&session, offset_min);
    let bytes = fit_file_bytes(session, offset_min).await.ok()?;
    files::download_bytes(&name, "application/vnd.ant.fit", &bytes).then_some(name)
}
