module linkname.test/gobind

go 1.19
