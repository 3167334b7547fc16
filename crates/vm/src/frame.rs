//! Frames (CPython 3.11's `_PyInterpreterFrame`): a header in a vector of fixed capacity
//! (never reallocated, so a `*mut Frame` stays valid while the frame lives) and the
//! local-plus slots and value stack carved from one contiguous, lazily committed slot stack
//! (a generator's frame runs on the generator's own slots instead: [`push_frame_at`]).
//! Python-to-Python calls push here and the same eval loop continues.

// The frame and code pointers dereferenced here are live (see each `SAFETY`).
#![allow(dangerous_implicit_autorefs)]

use std::cell::Cell;
use std::ptr;

use taipan_object::types::code::PyCode;
use taipan_object::types::frame::PyFrame;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// One running frame.
pub struct Frame {
    pub code: ObjRef,
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (`LOAD_NAME`, `STORE_NAME`).
    pub locals: Option<ObjRef>,
    /// First local-plus slot.
    pub base: *mut Option<ObjRef>,
    /// First value-stack slot (after the local-plus slots).
    pub stack_base: *mut Option<ObjRef>,
    /// Saved stack pointer (valid while the frame is not the running one).
    pub sp: *mut Option<ObjRef>,
    /// Next instruction (code-unit index), saved while the frame is suspended.
    pub ip: u32,
    /// The instruction being run (code-unit index): tracebacks, `f_lineno`.
    pub lasti: u32,
    /// Return to the Rust caller when this frame returns (a nested eval loop's first frame).
    pub entry: bool,
    /// Exception handlers entered and not left (`PUSH_EXC_INFO` minus `POP_EXCEPT`): a
    /// suspended generator keeps the exception it handles only when this is not 0.
    pub exc_depth: u16,
    /// The frame object, once made (`sys._getframe()`, tracebacks).
    pub frame_obj: Option<ObjRef>,
    /// Keyword names set by `KW_NAMES` for the next `CALL`.
    pub kwnames: Option<ObjRef>,
}

impl Frame {
    /// The code object's payload (kept alive by `self.code`).
    #[inline]
    pub fn code(&self) -> &PyCode {
        // SAFETY: frames hold code objects only.
        unsafe { self.code.payload_unchecked::<PyCode>() }
    }
}

/// Slots in the value stack (8 bytes each): 2 Mi slots = 16 MiB of address space, committed
/// as used.
const STACK_SLOTS: usize = 1 << 21;
/// Frames the header vector holds (beyond: RecursionError).
pub const MAX_FRAMES: usize = 200_000;

/// The VM's per-thread state: frame headers and the slot stack.
pub struct VmState {
    pub frames: Vec<Frame>,
    slots: *mut Option<ObjRef>,
    /// First free slot.
    top: usize,
}

thread_local! {
    static VM: Cell<*mut VmState> = const { Cell::new(ptr::null_mut()) };
}

impl VmState {
    fn new() -> VmState {
        let layout = std::alloc::Layout::array::<Option<ObjRef>>(STACK_SLOTS).expect("layout");
        // An anonymous mapping: zero pages, committed only when touched. (`alloc_zeroed`
        // through mimalloc memsets reused memory: the whole 16 MiB became resident whenever
        // the compiler had freed enough before the first frame.)
        // SAFETY: a fresh private mapping; zeroed memory is a valid array of `None`.
        let slots = unsafe {
            let p = libc::mmap(
                ptr::null_mut(),
                layout.size(),
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            );
            if p == libc::MAP_FAILED {
                std::alloc::alloc_zeroed(layout)
            } else {
                p as *mut u8
            }
        } as *mut Option<ObjRef>;
        if slots.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        VmState {
            frames: Vec::with_capacity(MAX_FRAMES),
            slots,
            top: 0,
        }
    }
}

/// The calling thread's VM state (made on first use, leaked with the thread state).
#[inline]
pub fn vm() -> *mut VmState {
    let p = VM.get();
    if !p.is_null() {
        return p;
    }
    let p = Box::into_raw(Box::new(VmState::new()));
    VM.set(p);
    p
}

/// The recursion depth a new frame would have: RecursionError past the limit (or past the
/// frame array's own bound).
#[inline(always)]
fn next_depth(ts: &ThreadState, vm: &VmState) -> PyResult<u32> {
    let depth = ts.recursion_depth.get() + 1;
    if depth > ts.recursion_limit.get() || vm.frames.len() >= MAX_FRAMES {
        return Err(ts.recursion_error("maximum recursion depth exceeded"));
    }
    Ok(depth)
}

/// Pushes a frame for `code` with `nslots` local-plus slots and its stack; the local-plus
/// slots are `None`. Errors with RecursionError past the limit.
///
/// # Safety
/// `vm` is the thread's VM state.
#[allow(clippy::too_many_arguments)]
pub unsafe fn push_frame(
    ts: &ThreadState,
    vm: *mut VmState,
    code: ObjRef,
    func: Option<ObjRef>,
    globals: ObjRef,
    builtins: ObjRef,
    locals: Option<ObjRef>,
    entry: bool,
) -> PyResult<*mut Frame> {
    // SAFETY: single-threaded access to the thread's VM state.
    unsafe {
        let vm = &mut *vm;
        let depth = next_depth(ts, vm)?;
        let c = code.payload_unchecked::<PyCode>();
        let n = c.nlocalsplus;
        let need = n + c.code.stacksize as usize + 1;
        if vm.top + need > STACK_SLOTS {
            return Err(ts.recursion_error("maximum recursion depth exceeded"));
        }
        ts.recursion_depth.set(depth);
        let base = vm.slots.add(vm.top);
        #[cfg(debug_assertions)]
        for i in 0..need {
            debug_assert!(
                (*base.add(i)).is_none(),
                "stale slot {i} of {need} in a new frame"
            );
        }
        // Slots above `top` are `None` (zeroed, or cleared when their frame was popped).
        vm.top += need;
        let stack_base = base.add(n);
        Ok(write_frame(
            vm, code, func, globals, builtins, locals, base, stack_base, entry,
        ))
    }
}

/// Pushes an entry frame whose local-plus slots and stack are `[base, base + nlocalsplus +
/// stacksize + 1)` outside the slot stack (a generator's own slots, as CPython keeps a
/// generator's frame inside the generator object), `[base, sp)` filled: resuming is O(1) in
/// the frame's size. Errors with RecursionError past the limit.
///
/// # Safety
/// `vm` is the thread's VM state; the slots outlive the frame and are not moved while it
/// lives.
#[allow(clippy::too_many_arguments)]
pub unsafe fn push_frame_at(
    ts: &ThreadState,
    vm: *mut VmState,
    code: ObjRef,
    func: Option<ObjRef>,
    globals: ObjRef,
    builtins: ObjRef,
    base: *mut Option<ObjRef>,
    sp: *mut Option<ObjRef>,
) -> PyResult<*mut Frame> {
    // SAFETY: single-threaded access to the thread's VM state; `base` as by contract.
    unsafe {
        let vm = &mut *vm;
        let depth = next_depth(ts, vm)?;
        ts.recursion_depth.set(depth);
        let n = code.payload_unchecked::<PyCode>().nlocalsplus;
        let fr = write_frame(
            vm,
            code,
            func,
            globals,
            builtins,
            None,
            base,
            base.add(n),
            true,
        );
        (*fr).sp = sp;
        Ok(fr)
    }
}

/// Writes a new top frame header (the capacity checked by the caller).
///
/// # Safety
/// `vm.frames.len() < MAX_FRAMES`.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
unsafe fn write_frame(
    vm: &mut VmState,
    code: ObjRef,
    func: Option<ObjRef>,
    globals: ObjRef,
    builtins: ObjRef,
    locals: Option<ObjRef>,
    base: *mut Option<ObjRef>,
    stack_base: *mut Option<ObjRef>,
    entry: bool,
) -> *mut Frame {
    // SAFETY: by contract.
    unsafe {
        // Written field by field into the vector's spare capacity (`len < MAX_FRAMES` =
        // capacity, checked above): `push` built the frame on the stack and copied it with
        // 16-byte moves that straddled the byte-sized `entry` store (a store-forwarding stall,
        // the hottest instruction of a call).
        let len = vm.frames.len();
        debug_assert!(len < vm.frames.capacity());
        let fr = vm.frames.as_mut_ptr().add(len);
        ptr::addr_of_mut!((*fr).code).write(code);
        ptr::addr_of_mut!((*fr).func).write(func);
        ptr::addr_of_mut!((*fr).globals).write(globals);
        ptr::addr_of_mut!((*fr).builtins).write(builtins);
        ptr::addr_of_mut!((*fr).locals).write(locals);
        ptr::addr_of_mut!((*fr).base).write(base);
        ptr::addr_of_mut!((*fr).stack_base).write(stack_base);
        ptr::addr_of_mut!((*fr).sp).write(stack_base);
        ptr::addr_of_mut!((*fr).ip).write(0);
        ptr::addr_of_mut!((*fr).lasti).write(0);
        ptr::addr_of_mut!((*fr).entry).write(entry);
        ptr::addr_of_mut!((*fr).exc_depth).write(0);
        ptr::addr_of_mut!((*fr).frame_obj).write(None);
        ptr::addr_of_mut!((*fr).kwnames).write(None);
        vm.frames.set_len(len + 1);
        fr
    }
}

/// Gives the slot stack back down to a popped frame's `base` (nothing for a frame whose slots
/// live outside it: see [`push_frame_at`]).
#[inline(always)]
fn release_slots(vm: &mut VmState, base: *mut Option<ObjRef>) {
    let off =
        (base as usize).wrapping_sub(vm.slots as usize) / std::mem::size_of::<Option<ObjRef>>();
    if off < STACK_SLOTS {
        vm.top = off;
    }
}

/// Pops the top frame: clears its slots (dropping locals and any stack values below `sp`),
/// detaches its frame object.
///
/// # Safety
/// `sp` is the frame's current stack pointer.
pub unsafe fn pop_frame(ts: &ThreadState, vm: *mut VmState, sp: *mut Option<ObjRef>) {
    // SAFETY: the top frame's slots are [base, sp).
    unsafe {
        let vm = &mut *vm;
        let len = vm.frames.len();
        if len == 0 {
            return;
        }
        ts.recursion_depth
            .set(ts.recursion_depth.get().saturating_sub(1));
        let fp = vm.frames.as_mut_ptr().add(len - 1);
        if (*fp).frame_obj.is_none() {
            // The common case: the frame's owned fields are moved out one by one (copying the
            // whole frame read its sub-word ip/lasti/entry stores back in one 16-byte load, a
            // store-forwarding stall); it leaves the vector first, as `pop` did, so a
            // `__del__` run by the drops below pushes its frames in its place.
            vm.frames.set_len(len - 1);
            let base = (*fp).base;
            let owned = (
                ptr::read(&(*fp).code),
                ptr::read(&(*fp).func),
                ptr::read(&(*fp).globals),
                ptr::read(&(*fp).builtins),
                ptr::read(&(*fp).locals),
                ptr::read(&(*fp).kwnames),
            );
            clear_slots(base, sp);
            release_slots(vm, base);
            drop(owned);
            return;
        }
        let Some(f) = vm.frames.pop() else { return };
        if let Some(fo) = &f.frame_obj
            && let Some(p) = fo.downcast::<PyFrame>()
        {
            p.lasti.set(f.lasti as i32);
            p.vm_frame.set(0);
            if f.locals.is_none() && fo.refcnt() > 1 {
                // Keep a snapshot of the locals for `f_locals` after the frame returned (not
                // when this frame holds the only reference: frame objects take no weakrefs,
                // so no one could read it; a traceback made and dropped inside the frame
                // leaves such an object behind at every caught exception).
                let d = crate::call::locals_snapshot(ts, &f);
                *p.locals.borrow_mut() = Some(d);
            }
        }
        clear_slots(f.base, sp);
        release_slots(vm, f.base);
        drop(f);
    }
}

/// Drops the values in `[p, sp)` (a popped frame's slots), leaving them `None`.
///
/// # Safety
/// The range is slots of the slot stack.
unsafe fn clear_slots(mut p: *mut Option<ObjRef>, sp: *mut Option<ObjRef>) {
    // SAFETY: by contract.
    unsafe {
        while p < sp {
            drop(ptr::replace(p, None));
            p = p.add(1);
        }
    }
}

/// The frame object of `f` (made on first use; `f_back` linked to the caller's).
///
/// # Safety
/// `vm` is the thread's VM state and `index` a live frame.
pub unsafe fn frame_object(ts: &ThreadState, vm: *mut VmState, index: usize) -> ObjRef {
    // SAFETY: the frame at `index` is live.
    unsafe {
        let frames = &mut (*vm).frames;
        if let Some(o) = frames[index].frame_obj.clone() {
            if let Some(p) = o.downcast::<PyFrame>() {
                p.lasti.set(frames[index].lasti as i32);
                // A generator's frame is resumed under different callers: `f_back` is the
                // frame below it now.
                if index > 0 {
                    let below = frames[index - 1].frame_obj.clone();
                    let same = matches!((&below, &*p.back.borrow()), (Some(a), Some(b)) if a.is(b));
                    if !same {
                        let back = frame_object(ts, vm, index - 1);
                        *p.back.borrow_mut() = Some(back);
                    }
                }
            }
            return o;
        }
        let back = if index > 0 {
            Some(frame_object(ts, vm, index - 1))
        } else {
            None
        };
        let frames = &mut (*vm).frames;
        let f = &mut frames[index];
        let o = ts.new_frame_object(f.code.clone(), f.globals.clone(), f.builtins.clone());
        let p = o.downcast::<PyFrame>().expect("frame");
        p.lasti.set(f.lasti as i32);
        p.vm_frame.set(index + 1);
        *p.back.borrow_mut() = back;
        if let Some(l) = &f.locals {
            *p.locals.borrow_mut() = Some(l.clone());
        }
        f.frame_obj = Some(o.clone());
        o
    }
}

/// `ts.hooks.frame_sync`: refreshes a live frame object's `f_lasti` and `f_back` from the VM
/// frame it mirrors (they are written only when asked for, never by the eval loop).
pub fn sync_frame_object(ts: &ThreadState, fo: &ObjRef) {
    let Some(p) = fo.downcast::<PyFrame>() else {
        return;
    };
    let idx = p.vm_frame.get();
    let vm = vm();
    // SAFETY: `vm_frame` is the live frame's index + 1 while it runs.
    unsafe {
        if idx == 0 || idx > (*vm).frames.len() {
            return;
        }
        frame_object(ts, vm, idx - 1);
    }
}
