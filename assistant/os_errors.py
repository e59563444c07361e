"""Why the operating system refused a write, a folder or a port, in Chinese (its own words are English).

Reading a user's file goes through ingest.safe_read, whose reasons speak of reading.
"""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "路径不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "系统不允许这样操作",
    errno.EROFS: "所在的磁盘是只读的",
    errno.ENOSPC: "磁盘已满",
    errno.EEXIST: "已有同名的文件",
    errno.ENOTDIR: "路径中有一段是文件而不是文件夹",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENAMETOOLONG: "名称太长",
    errno.EADDRINUSE: "端口已被占用",
    errno.EADDRNOTAVAIL: "本机没有这个地址",
}


def os_reason(error: OSError) -> str:
    """One short Chinese clause for an OSError, the error number when it is not a common one."""
    return _REASONS.get(error.errno, f"系统错误（错误号 {error.errno}）")
