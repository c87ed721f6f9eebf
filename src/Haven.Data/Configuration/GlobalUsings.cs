// Every configuration class in Configuration/ maps with these; they are global so each file names only its domain namespace.
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
