// Does nothing: `make bench` times it to know what starting any Swift program costs here, and
// subtracts that from `arvio import`'s time on the smallest file (the fixed cost that is Arvio's).
