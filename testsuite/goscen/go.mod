module linkname.test/goscen

go 1.19
