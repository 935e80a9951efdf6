using System.Text;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>
/// Makes case <c>n</c> of a seed: picks a seed site and breaks one to three of its files with a few mutations.
/// Each case has its own <see cref="Random"/>, so any one case can be made again without the ones before it.
/// </summary>
public static class SiteMutator
{
    /// <summary>Few, because every changed template makes the theme parsed again for that case.</summary>
    private const double LayoutShare = 0.01;

    public static FuzzCase Create(int seed, int number)
    {
        var random = new Random(CaseSeed(seed, number));
        var site = random.Chance(0.5) ? SeedSite.Small : SeedSite.Sample;
        var files = new Dictionary<string, byte[]>(site.Files, StringComparer.Ordinal);
        var mutations = new List<string>();
        var touched = new List<string>();

        if (random.Chance(0.1) && files.TryGetValue("site.yml", out var settings))
        {
            // Without a categories list, topics name their own categories, and two can differ only in case.
            var kept = Encoding.UTF8.GetString(settings).Split('\n').Where(line => !line.StartsWith("categories:", StringComparison.Ordinal));
            files["site.yml"] = Encoding.UTF8.GetBytes(string.Join('\n', kept));
            mutations.Add("site.yml: drop categories");
            touched.Add("site.yml");
        }

        if (random.Chance(LayoutShare))
        {
            mutations.Add(LayoutMutations.Mutate(random, files));
            touched.AddRange(files.Keys.Where(path => path.StartsWith("layouts/", StringComparison.Ordinal)));
        }

        if (random.Chance(0.08))
        {
            mutations.Add(FileMutations.Mutate(random, files, site));
            touched.AddRange(files.Keys.Where(path => !site.Files.ContainsKey(path) || !ReferenceEquals(site.Files[path], files[path])));
        }

        // Gentle cases make one mutation that YAML and the type checks let through, so the checks across files,
        // the model and the renderer see it; the rest pile mutations up to break the parsers.
        var gentle = random.Chance(0.4);
        var fileCount = gentle || random.Chance(0.6) ? 1 : random.Next(2, 4);
        for (var f = 0; f < fileCount; f++)
        {
            var path = PickFile(random, files.Keys.Where(SeedSite.IsWriterFile).Order(StringComparer.Ordinal).ToList());
            if (path is null)
            {
                break;
            }

            var file = new FuzzFile(path, Encoding.UTF8.GetString(files[path]));
            var byteMutations = 0;
            var count = gentle || random.Chance(0.6) ? 1 : random.Next(2, 5);
            for (var m = 0; m < count; m++)
            {
                if (gentle)
                {
                    mutations.Add($"{path}: " + (random.Chance(0.7) || !file.IsMarkdown ? YamlMutations.Mutate(random, file, site, typed: true) : MarkdownMutations.Mutate(random, file, linksOnly: true)));
                    continue;
                }

                var family = random.Next(100);
                if (family < 15)
                {
                    // Bytes are damaged last, after the text mutations, so both kinds meet in one file.
                    byteMutations++;
                    continue;
                }

                mutations.Add($"{path}: " + (family switch
                {
                    < 35 => LineMutations.Mutate(random, file, site),
                    < 70 => YamlMutations.Mutate(random, file, site),
                    _ => MarkdownMutations.Mutate(random, file),
                }));
            }

            var bytes = Encoding.UTF8.GetBytes(file.Text);
            for (var b = 0; b < byteMutations; b++)
            {
                var (damaged, description) = ByteMutations.Mutate(random, bytes);
                bytes = damaged;
                mutations.Add($"{path}: {description}");
            }

            files[path] = bytes;
            touched.Add(path);
        }

        var baseUrl = random.Chance(0.01) ? random.Pick(HostileValues.WebAddresses) : null;
        if (baseUrl is not null)
        {
            mutations.Add($"--base-url {baseUrl}");
        }

        return new FuzzCase(seed, number, site.Name, files, mutations, touched.Distinct().ToList(), baseUrl);
    }

    /// <summary>Topics most often, as writers edit them most; settings files often enough that every reader is reached.</summary>
    private static string? PickFile(Random random, IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var kind = random.Next(100);
        var preferred = files.Where(path => kind switch
        {
            < 55 => path.StartsWith("topics/", StringComparison.Ordinal),
            < 70 => path.StartsWith("pages/", StringComparison.Ordinal),
            < 85 => path == "site.yml",
            _ => path == "authors.yml",
        }).ToList();
        return random.Pick(preferred.Count > 0 ? preferred : files);
    }

    /// <summary>Mixes seed and case number (SplitMix64), so neighbouring cases do not start from related sequences.</summary>
    private static int CaseSeed(int seed, int number)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)number) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
