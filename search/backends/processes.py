"""The index rebuilds' parallel parts, for both engines: forked processes that report
``("n", count)`` as they go and ``("done", value)`` when finished, watched so that one
that dies stops the whole build at once instead of leaving the parent waiting."""

import queue as queue_module


def run_parts(ctx, queue, target, parts, progress=None):
    """Start ``target(*args, queue)`` for each ``args`` in ``parts`` in a process of
    ``ctx``; pass every count to ``progress``; return the parts' final values in the order
    they finished. A part that exits with an error kills the others and raises."""
    workers = [ctx.Process(target=target, args=(*args, queue)) for args in parts]
    for w in workers:
        w.start()
    done = []
    pending = len(workers)
    while pending:
        try:
            kind, value = queue.get(timeout=1)
        except queue_module.Empty:
            failed = [w.exitcode for w in workers if w.exitcode]
            if failed:
                for w in workers:
                    w.kill()
                raise RuntimeError(f"index build process failed with exit code {failed[0]}") from None
            continue
        if kind == "n":
            if progress:
                progress(value)
        else:
            pending -= 1
            done.append(value)
    for w in workers:
        w.join()
        if w.exitcode:
            raise RuntimeError(f"index build process failed with exit code {w.exitcode}")
    return done
