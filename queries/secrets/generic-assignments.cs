// ruleid: secret.generic-assignment
var conn = "Server=db.internal;Database=app;User Id=app;Password={{fake:alnum:16}};";
// ruleid: secret.generic-assignment
string apiKey = "{{fake:alnum:32}}";
// ok: secret.generic-assignment
string apiKey2 = Configuration["ApiKey"];
// ok: secret.generic-assignment
string password = "";
