//! Every briefing of the library read, for the views that look across it (the search over the
//! whole library, the figures table of every briefing, the same measure in other briefings):
//! read once for a library, a few per task with progress, and kept for the session until the
//! library changes. Only the split-off views use it.

use std::cell::RefCell;
use std::rc::Rc;

use briefing::library::{Library as Shelf, Listing};
use briefing::Briefing;

/// One briefing read: its fingerprint, the briefing, and the text it came from.
pub struct Book {
    pub fingerprint: String,
    pub briefing: Rc<Briefing>,
    pub text: Rc<str>,
}

/// The library read, newest event first, and the library it was read from.
pub struct Books {
    pub made_of: Rc<Shelf>,
    pub books: Vec<Book>,
}

/// (the same reading of the library: compared by where it is, not by what it holds)
impl PartialEq for Books {
    fn eq(&self, other: &Books) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Books {
    pub fn get(&self, fingerprint: &str) -> Option<&Book> {
        self.books.iter().find(|b| b.fingerprint == fingerprint)
    }
}

thread_local! {
    static READ: RefCell<Option<Rc<Books>>> = const { RefCell::new(None) };
}

/// The books of `shelf`, if they have been read already.
pub fn ready(shelf: &Rc<Shelf>) -> Option<Rc<Books>> {
    READ.with(|r| r.borrow().clone()).filter(|b| Rc::ptr_eq(&b.made_of, shelf))
}

/// Reads every briefing of `shelf` (or hands back what was read of it before), yielding to the
/// page every ~30 ms and telling `progress` how many are read of how many.
pub async fn read(shelf: Rc<Shelf>, progress: impl Fn(usize, usize)) -> Rc<Books> {
    if let Some(done) = ready(&shelf) {
        return done;
    }
    let listed = shelf.listed(&Listing::default());
    let total = listed.len();
    let mut books = Vec::with_capacity(total);
    let mut since = crate::clock::now_ms();
    for (n, e) in listed.into_iter().enumerate() {
        if crate::clock::now_ms() - since > 30.0 {
            progress(n, total);
            crate::clock::yield_task().await;
            since = crate::clock::now_ms();
        }
        if let Ok(b) = briefing::read::read(&e.text) {
            books.push(Book {
                fingerprint: e.fingerprint.clone(),
                briefing: Rc::new(b),
                text: Rc::from(e.text.as_str()),
            });
        }
    }
    let read = Rc::new(Books { made_of: shelf, books });
    READ.with(|r| *r.borrow_mut() = Some(read.clone()));
    read
}

/// Opens `book` with the address naming it and a search for `query` (its results are what the
/// page opens on): a search hit, or a figure of another briefing.
pub fn open_at(ctx: &crate::library::LibraryContext, book: &Book, query: &str) {
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_default();
        let q = briefing::search::Filter { query: query.to_string(), ..Default::default() };
        let url = crate::hooks::url_with_briefing(Some(&book.fingerprint), &path, &q.to_query());
        if let Ok(h) = w.history() {
            let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
    let i = crate::library::Imported {
        briefing: crate::data::Shared(book.briefing.clone()),
        text: book.text.clone(),
        fingerprint: book.fingerprint.clone(),
        saved: true,
    };
    ctx.dispatch.dispatch(crate::library::LibraryAction::OpenAtAddress(Box::new(i)));
}
