use std::path::Path;
use zip::ZipArchive;

fn extract(archive: &mut ZipArchive<File>, dest: &Path, mut tarball: tar::Archive<File>) {
    for i in 0..archive.len() {
        let mut file = archive.by_index(i)?;
        // ruleid: rs.archive-entry-path-traversal
        let out = dest.join(file.name());
        let mut p = dest.to_path_buf();
        // ruleid: rs.archive-entry-path-traversal
        p.push(file.name());
        // ok: rs.archive-entry-path-traversal
        let Some(relative) = file.enclosed_name() else { continue };
        // ok: rs.archive-entry-path-traversal
        let safe = dest.join(relative);
        // ok: rs.archive-entry-path-traversal
        let log = dest.join(config.name());
    }
    for entry in tarball.entries()? {
        let mut entry = entry?;
        // ruleid: rs.archive-entry-path-traversal
        let target = dest.join(entry.path()?);
        // ok: rs.archive-entry-path-traversal
        entry.unpack_in(dest)?;
    }
}
