package msg

// helpEntries are the catalogue's texts of this area (see the package
// comment); each key is a constant above its entry's use.
var helpEntries = []Entry{}
