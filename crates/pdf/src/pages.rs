//! The document: its page tree walked in order, each page's inherited
//! resources and boxes, its content streams run for their text.

use std::collections::{HashMap, HashSet};

use std::rc::Rc;

use crate::content::{GraphicsState, PageText, Shared};
use crate::file::File;
use crate::syntax::{Dict, Object};
use crate::{Declined, Page, Runs};

/// Most pages read; a tree deeper than `MAX_TREE` is damage.
const MAX_PAGES: usize = 100_000;
const MAX_TREE: usize = 64;

/// What a page takes from the nodes above it (shared, not copied, by
/// every page under a node).
#[derive(Clone, Default)]
struct Inherited {
    resources: Option<Rc<Object>>,
    media_box: Option<Rc<Object>>,
    crop_box: Option<Rc<Object>>,
}

/// Reads the text layer of the PDF in `bytes`.
pub fn read(bytes: &[u8]) -> Result<Runs, Declined> {
    let mut file = File::open(bytes)?;
    let root = file.lookup(&file.trailer.clone(), b"Root")?;
    let root = root
        .as_dict()
        .ok_or(Declined::Damaged("没有文档目录"))?
        .clone();
    let tree = root
        .get(b"Pages")
        .cloned()
        .ok_or(Declined::Damaged("没有页面树"))?;
    let mut leaves = Vec::new();
    let mut seen = HashSet::new();
    collect(
        &mut file,
        &tree,
        Inherited::default(),
        0,
        &mut leaves,
        &mut seen,
    )?;
    let mut shared = Shared::default();
    let mut pages = Vec::with_capacity(leaves.len());
    // Keyed by the shared inherited value's address: the `leaves` keep
    // every one alive until the end.
    let mut resolved = HashMap::new();
    for (page, inherited) in &leaves {
        pages.push(read_page(
            &mut file, page, inherited, &mut shared, &mut resolved,
        )?);
    }
    Ok(Runs {
        pages,
        fonts: shared.names,
    })
}

/// The page tree's leaves under `node`, in order.
fn collect(
    file: &mut File,
    node: &Object,
    mut inherited: Inherited,
    depth: usize,
    leaves: &mut Vec<(Dict, Inherited)>,
    seen: &mut HashSet<u32>,
) -> Result<(), Declined> {
    if depth > MAX_TREE {
        return Err(Declined::Damaged("页面树过深"));
    }
    if leaves.len() >= MAX_PAGES {
        return Err(Declined::Unsupported("页数过多"));
    }
    file.spend(1)?;
    if let Object::Ref(n) = node {
        if !seen.insert(*n) {
            return Err(Declined::Damaged("页面树成环"));
        }
    }
    let dict = file.resolve(node)?;
    let Some(dict) = dict.as_dict() else {
        return Ok(());
    };
    for (key, slot) in [
        (&b"Resources"[..], &mut inherited.resources),
        (b"MediaBox", &mut inherited.media_box),
        (b"CropBox", &mut inherited.crop_box),
    ] {
        if let Some(value) = dict.get(key) {
            *slot = Some(Rc::new(value.clone()));
        }
    }
    match dict.get(b"Kids") {
        Some(kids) => {
            let kids = file.resolve(kids)?;
            for kid in kids.as_array().unwrap_or(&[]) {
                collect(file, kid, inherited.clone(), depth + 1, leaves, seen)?;
            }
        }
        None => leaves.push((dict.clone(), inherited)),
    }
    Ok(())
}

/// A rectangle, normalized (`[x0 y0 x1 y1]`, x0 < x1, y0 < y1), or `None`
/// when missing or empty.
fn rectangle(file: &mut File, object: &Option<Rc<Object>>) -> Result<Option<[f64; 4]>, Declined> {
    let Some(object) = object else {
        return Ok(None);
    };
    let array = file.resolve(object)?;
    let Some(items) = array.as_array().filter(|a| a.len() == 4) else {
        return Ok(None);
    };
    let mut v = [0.0; 4];
    for (slot, item) in v.iter_mut().zip(items) {
        *slot = file.resolve(item)?.as_f64().unwrap_or(0.0);
    }
    let r = [
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ];
    Ok((r[2] > r[0] && r[3] > r[1]).then_some(r))
}

fn read_page(
    file: &mut File,
    page: &Dict,
    inherited: &Inherited,
    shared: &mut Shared,
    resolved: &mut HashMap<*const Object, Rc<Dict>>,
) -> Result<Page, Declined> {
    // pdf.js's view: the crop box within the media box (US Letter when none).
    let media = rectangle(file, &inherited.media_box)?.unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let view = match rectangle(file, &inherited.crop_box)? {
        Some(c) => {
            let r = [
                c[0].max(media[0]),
                c[1].max(media[1]),
                c[2].min(media[2]),
                c[3].min(media[3]),
            ];
            if r[2] > r[0] && r[3] > r[1] {
                r
            } else {
                media
            }
        }
        None => media,
    };
    // Pages under one node share its resources: resolved once for all.
    let resources = match &inherited.resources {
        Some(r) => match resolved.get(&Rc::as_ptr(r)) {
            Some(d) => Rc::clone(d),
            None => {
                let d = Rc::new(file.resolve(r)?.as_dict().cloned().unwrap_or_default());
                resolved.insert(Rc::as_ptr(r), Rc::clone(&d));
                d
            }
        },
        None => Rc::new(Dict::default()),
    };
    let mut content = Vec::new();
    match file.lookup(page, b"Contents")? {
        Object::Array(parts) => {
            for part in &parts {
                content.extend_from_slice(&file.stream_of(part)?);
                content.push(b'\n');
            }
        }
        other => content = file.stream_of(&other)?,
    }
    let mut text = PageText::new(file, shared);
    let start = GraphicsState::new([1.0, 0.0, 0.0, 1.0, -view[0], -view[1]]);
    text.run(&content, &resources, None, start, 0)?;
    Ok(Page {
        width: view[2] - view[0],
        height: view[3] - view[1],
        runs: text.runs,
    })
}
