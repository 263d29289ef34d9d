//! The widget's memory allocator: power-of-two size classes, each with a
//! free list, carved from pages the module grows.
//!
//! Why not Rust's default (dlmalloc): it is 8 KB of wasm, about 3 KB of the
//! gzipped payload (issue #6), and its coalescing and binning buy little
//! here. The widget's live set is small and steady: a few thousand Yew
//! nodes, strings and vectors that are freed and allocated again, in the
//! same sizes, on every click. So a block freed in one class is reused by the
//! next request of that class, and memory stops growing once every class has
//! seen its peak (the benchmark checks the wasm memory after 1,000 and 2,000
//! interactions).
//!
//! The trade: a block is up to twice its request, and free blocks never
//! merge or split. `realloc` within a class is free, which suits vectors
//! and strings that grow by doubling.
//!
//! The logic is generic over where pages come from, so native tests drive
//! it over a plain buffer (`tests` below); the wasm build grows linear
//! memory. WebAssembly without threads runs one thread, which is what the
//! `Sync` claim rests on.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

/// Blocks up to this alignment come from any block of their class;
/// stricter ones (not used by the widget, but allowed) always get a fresh one.
const LIST_ALIGN: usize = 16;
/// A free block holds the link to the next one.
const MIN_BLOCK: usize = core::mem::size_of::<usize>();
/// Page size of WebAssembly memory.
pub const PAGE: usize = 64 * 1024;

/// A source of fresh memory: `grow(pages)` returns the start address of
/// `pages` new pages, or `None` when there are no more.
pub trait Pages {
    fn grow(&self, pages: usize) -> Option<usize>;
}

struct State {
    /// The head of each class's free list (class k holds blocks of 2^k bytes).
    free: [usize; usize::BITS as usize],
    /// The unused tail of the last grown pages.
    next: usize,
    end: usize,
}

pub struct SizeClasses<P> {
    state: UnsafeCell<State>,
    pages: P,
}

// One thread only (see the module's comment).
unsafe impl<P> Sync for SizeClasses<P> {}

/// The class of a request: the smallest power of two that holds its size
/// and alignment (and a free-list link).
fn class(layout: Layout) -> usize {
    let size = layout.size().max(layout.align()).max(MIN_BLOCK);
    (usize::BITS - (size - 1).leading_zeros()) as usize
}

impl<P: Pages> SizeClasses<P> {
    pub const fn new(pages: P) -> Self {
        SizeClasses {
            state: UnsafeCell::new(State {
                free: [0; usize::BITS as usize],
                next: 0,
                end: 0,
            }),
            pages,
        }
    }

    /// A fresh block of `size` bytes aligned to `align`, from the current
    /// pages or new ones. The skipped tail of old pages is left unused.
    fn carve(&self, state: &mut State, size: usize, align: usize) -> *mut u8 {
        let start = state.next.next_multiple_of(align);
        if start.checked_add(size).is_some_and(|e| e <= state.end) {
            state.next = start + size;
            return start as *mut u8;
        }
        let Some(wanted) = size.checked_add(align) else {
            return null_mut();
        };
        let count = wanted.div_ceil(PAGE);
        let Some(base) = self.pages.grow(count) else {
            return null_mut();
        };
        // Contiguous with the old tail when nothing else grew memory.
        if base != state.end {
            state.next = base;
        }
        state.end = base + count * PAGE;
        let start = state.next.next_multiple_of(align);
        state.next = start + size;
        start as *mut u8
    }
}

unsafe impl<P: Pages> GlobalAlloc for SizeClasses<P> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let state = &mut *self.state.get();
        let k = class(layout);
        if k >= state.free.len() - 1 {
            return null_mut();
        }
        let head = state.free[k];
        if head != 0 && layout.align() <= LIST_ALIGN {
            state.free[k] = *(head as *const usize);
            return head as *mut u8;
        }
        let size = 1usize << k;
        self.carve(state, size, layout.align().max(size.min(LIST_ALIGN)))
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let state = &mut *self.state.get();
        let k = class(layout);
        *(ptr as *mut usize) = state.free[k];
        state.free[k] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        if class(new_layout) == class(layout) {
            return ptr;
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}

/// WebAssembly linear memory: the only code that grows it is this allocator.
#[cfg(target_arch = "wasm32")]
pub struct LinearMemory;

#[cfg(target_arch = "wasm32")]
impl Pages for LinearMemory {
    fn grow(&self, pages: usize) -> Option<usize> {
        let old = core::arch::wasm32::memory_grow(0, pages);
        (old != usize::MAX).then(|| old * PAGE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::cell::Cell;

    /// Pages from a fixed buffer, counting how many were taken.
    struct Buffer {
        _memory: Vec<u8>,
        pages: usize,
        used: Cell<usize>,
        base: usize,
    }

    impl Buffer {
        fn new(pages: usize) -> Self {
            let mut memory = vec![0u8; (pages + 1) * PAGE];
            let base = (memory.as_mut_ptr() as usize).next_multiple_of(PAGE);
            Buffer {
                _memory: memory,
                pages,
                used: Cell::new(0),
                base,
            }
        }
    }

    impl Pages for &Buffer {
        fn grow(&self, pages: usize) -> Option<usize> {
            let used = self.used.get();
            if used + pages > self.pages {
                return None;
            }
            self.used.set(used + pages);
            Some(self.base + used * PAGE)
        }
    }

    #[derive(Clone, Debug)]
    enum Op {
        Alloc { size: usize, align_log: u32 },
        Free(usize),
        Realloc(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            // Alignments up to 16, all the widget uses (stricter ones
            // always take fresh blocks: tested below).
            3 => (1usize..3000, 0u32..5).prop_map(|(size, align_log)| Op::Alloc { size, align_log }),
            2 => any::<usize>().prop_map(Op::Free),
            1 => (any::<usize>(), 1usize..5000).prop_map(|(i, s)| Op::Realloc(i, s)),
        ]
    }

    struct Live {
        ptr: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn fill(block: &Live) {
        unsafe { core::ptr::write_bytes(block.ptr, block.fill, block.layout.size()) }
    }

    fn intact(block: &Live, len: usize) -> bool {
        (0..len).all(|i| unsafe { *block.ptr.add(i) } == block.fill)
    }

    /// Runs `ops`, checking every block: aligned, not overlapping any other
    /// live block, and keeping its contents (across `realloc` too).
    fn run(heap: &SizeClasses<&Buffer>, ops: &[Op], live: &mut Vec<Live>, tag: &mut u8) {
        for op in ops {
            match *op {
                Op::Alloc { size, align_log } => {
                    let layout = Layout::from_size_align(size, 1 << align_log).unwrap();
                    let ptr = unsafe { heap.alloc(layout) };
                    assert!(!ptr.is_null());
                    assert_eq!(ptr as usize % layout.align(), 0, "{layout:?}");
                    *tag = tag.wrapping_add(1);
                    let block = Live {
                        ptr,
                        layout,
                        fill: *tag,
                    };
                    fill(&block);
                    live.push(block);
                }
                Op::Free(i) if !live.is_empty() => {
                    let block = live.swap_remove(i % live.len());
                    assert!(intact(&block, block.layout.size()));
                    unsafe { heap.dealloc(block.ptr, block.layout) };
                }
                Op::Realloc(i, new_size) if !live.is_empty() => {
                    let i = i % live.len();
                    let old = &live[i];
                    let kept = old.layout.size().min(new_size);
                    let ptr = unsafe { heap.realloc(old.ptr, old.layout, new_size) };
                    assert!(!ptr.is_null());
                    let layout = Layout::from_size_align(new_size, old.layout.align()).unwrap();
                    assert_eq!(ptr as usize % layout.align(), 0);
                    let block = Live {
                        ptr,
                        layout,
                        fill: old.fill,
                    };
                    assert!(intact(&block, kept), "realloc lost contents");
                    fill(&block);
                    live[i] = block;
                }
                _ => {}
            }
            let mut spans: Vec<(usize, usize)> = live
                .iter()
                .map(|b| (b.ptr as usize, b.ptr as usize + b.layout.size()))
                .collect();
            spans.sort();
            assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "blocks overlap");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any sequence of requests gets sound blocks, and running the same
        /// sequence again after freeing everything takes no new pages:
        /// freed blocks are reused (the no-growth property the widget
        /// relies on, click after click).
        #[test]
        fn blocks_are_sound_and_reused(ops in proptest::collection::vec(op(), 1..300)) {
            let buffer = Buffer::new(256);
            let heap = SizeClasses::new(&buffer);
            let (mut live, mut tag) = (Vec::new(), 0u8);
            run(&heap, &ops, &mut live, &mut tag);
            for block in live.drain(..) {
                unsafe { heap.dealloc(block.ptr, block.layout) };
            }
            let pages = buffer.used.get();
            run(&heap, &ops, &mut live, &mut tag);
            prop_assert_eq!(buffer.used.get(), pages);
        }
    }

    #[test]
    fn classes_are_powers_of_two_that_hold_size_and_alignment() {
        let class_of = |size, align| class(Layout::from_size_align(size, align).unwrap());
        assert_eq!(class_of(0, 1), 3);
        assert_eq!(class_of(1, 1), 3);
        assert_eq!(class_of(8, 8), 3);
        assert_eq!(class_of(9, 1), 4);
        assert_eq!(class_of(16, 1), 4);
        assert_eq!(class_of(17, 1), 5);
        assert_eq!(class_of(4, 32), 5);
        assert_eq!(class_of(PAGE, 1), 16);
    }

    #[test]
    fn growing_within_a_class_keeps_the_block() {
        let buffer = Buffer::new(4);
        let heap = SizeClasses::new(&buffer);
        let layout = Layout::from_size_align(20, 4).unwrap();
        unsafe {
            let p = heap.alloc(layout);
            assert_eq!(heap.realloc(p, layout, 32), p);
            assert_ne!(
                heap.realloc(p, Layout::from_size_align(32, 4).unwrap(), 33),
                p
            );
        }
    }

    #[test]
    fn out_of_memory_is_a_null_pointer_not_a_crash() {
        let buffer = Buffer::new(2);
        let heap = SizeClasses::new(&buffer);
        unsafe {
            assert!(heap
                .alloc(Layout::from_size_align(3 * PAGE, 8).unwrap())
                .is_null());
            assert!(!heap
                .alloc(Layout::from_size_align(PAGE / 2, 8).unwrap())
                .is_null());
            assert!(heap
                .alloc(Layout::from_size_align(isize::MAX as usize - 7, 8).unwrap())
                .is_null());
        }
    }

    #[test]
    fn a_freed_block_serves_the_next_request_of_its_class() {
        let buffer = Buffer::new(4);
        let heap = SizeClasses::new(&buffer);
        let small = Layout::from_size_align(24, 8).unwrap();
        unsafe {
            let a = heap.alloc(small);
            heap.dealloc(a, small);
            assert_eq!(heap.alloc(Layout::from_size_align(30, 4).unwrap()), a);
            // Stricter alignment than the lists guarantee: a fresh block.
            let strict = Layout::from_size_align(24, 64).unwrap();
            let b = heap.alloc(strict);
            assert_eq!(b as usize % 64, 0);
        }
    }
}
