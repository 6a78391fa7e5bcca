global using Gateway.Schemas;
