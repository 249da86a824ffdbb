using AlienFish.Abstractions;
using AlienFish.Plugins.Files;

// The host reads this attribute to create the source without scanning the assembly.
[assembly: FishdensPlugin(typeof(FilesSource))]
