namespace Briefing.Host.Ingestion;

/// <summary>
/// Lists the corpus files under the configured folders, walking each real folder once: a link to a folder is followed
/// only when it leads outside every folder walked so far, so a link back up (`ln -s . corpus/again`, `ln -s .. sub/up`)
/// is reported in one line instead of walked for ever.
/// </summary>
public static class CorpusFolderWalker
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    // Links resolved within one path before giving up, as the kernel does (SYMLOOP_MAX is 40 on Linux).
    private const int MaxLinkHops = 40;

    /// <summary>The files, in a stable order: folder by folder, ordinal path order within each.</summary>
    public static CorpusFiles Walk(IReadOnlyList<string> folders)
    {
        var roots = new List<string>();
        var files = folders.Select(_ => new List<string>()).ToList();
        var notWalked = new List<SkippedFile>();
        var links = new Queue<(int Folder, string Path)>();

        // The real folders first, so that a link into one of them finds it already walked whichever comes first.
        for (var i = 0; i < folders.Count; i++)
        {
            var real = RealPath(folders[i]);
            if (roots.Any(root => IsWithin(real, root))) continue; // the same folder configured twice, or one inside another
            roots.Add(real);
            WalkTree(i, folders[i], real, roots, files, notWalked, links);
        }

        while (links.TryDequeue(out var link))
        {
            string target;
            try
            {
                target = RealPath(link.Path);
            }
            catch (IOException ex)
            {
                notWalked.Add(new SkippedFile(link.Path, $"folder link cannot be resolved ({ex.Message}); not followed"));
                continue;
            }
            var linkFolder = RealPath(Path.GetDirectoryName(link.Path)!);
            if (IsWithin(linkFolder, target))
                notWalked.Add(new SkippedFile(link.Path, $"folder link loops back to {target}, which holds it; not followed"));
            else if (roots.Any(root => IsWithin(target, root)))
                notWalked.Add(new SkippedFile(link.Path, $"folder link to {target}, which is already read; not followed"));
            else if (roots.FirstOrDefault(root => IsWithin(root, target)) is { } held)
                notWalked.Add(new SkippedFile(link.Path, $"folder link to {target}, which holds {held} (already read); not followed"));
            else
            {
                roots.Add(target);
                WalkTree(link.Folder, link.Path, target, roots, files, notWalked, links);
            }
        }

        return new CorpusFiles(files.SelectMany(f => f.Order(StringComparer.Ordinal)).ToList(), notWalked);
    }

    // Walks one real tree without following links (so no folder in it is met twice); the folder links met are queued for
    // the caller to judge. A folder inside it that is a root of its own (configured later, say) is left to that root.
    private static void WalkTree(
        int folder, string path, string real, List<string> roots, List<List<string>> files, List<SkippedFile> notWalked, Queue<(int, string)> links)
    {
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((path, real));
        while (pending.TryPop(out var directory))
        {
            if (directory.Real != real && roots.Contains(directory.Real)) continue;
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory.Path).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                notWalked.Add(new SkippedFile(directory.Path, $"folder unreadable ({ex.Message})"));
                continue;
            }
            foreach (var entry in entries)
            {
                var entryPath = Path.Combine(directory.Path, entry.Name);
                if (entry.LinkTarget is not null && Directory.Exists(entryPath)) links.Enqueue((folder, entryPath));
                else if (entry is DirectoryInfo && entry.LinkTarget is null) pending.Push((entryPath, Path.Combine(directory.Real, entry.Name)));
                else if (Extensions.Contains(Path.GetExtension(entry.Name), StringComparer.OrdinalIgnoreCase)) files[folder].Add(entryPath);
            }
        }
    }

    /// <summary>The path with every link in it resolved: the one name a folder has however it is reached.</summary>
    /// <exception cref="IOException">A chain of links longer than the kernel would follow.</exception>
    internal static string RealPath(string path)
    {
        var hops = 0;
        var full = Path.GetFullPath(path);
        var resolved = Path.GetPathRoot(full)!;
        var remaining = new Queue<string>(full[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        while (remaining.TryDequeue(out var part))
        {
            var candidate = Path.Combine(resolved, part);
            if (new FileInfo(candidate).LinkTarget is not { } target)
            {
                resolved = candidate;
                continue;
            }
            if (++hops > MaxLinkHops) throw new IOException($"more than {MaxLinkHops} links in {path}");
            // The target replaces this part: an absolute one starts again from its root, a relative one from here.
            var targetPath = Path.GetFullPath(target, resolved);
            var rest = remaining.ToList();
            resolved = Path.GetPathRoot(targetPath)!;
            remaining = new Queue<string>(targetPath[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
        }
        return resolved;
    }

    private static bool IsWithin(string path, string folder) =>
        path.Equals(folder, StringComparison.Ordinal)
        || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
