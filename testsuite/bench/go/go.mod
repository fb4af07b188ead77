module linkname.bench/gocall

go 1.19
