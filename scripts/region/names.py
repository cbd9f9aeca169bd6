"""Name pools of the synthetic regions: towns, streets, neighbourhoods, landmarks, premises.

Invented throughout, Spanish-heavy as in the north and west of Belize. None of these
names is a street, area or landmark name of the Belmopan sample (tests check it), and
the invented villages are in no built-in list of Belize places (tests check that too):
what a geocoder knows about them can only come from the reference layers.
"""

# --------------------------------------------------------------------------- towns
# Real towns are labels on invented street grids. utm: roughly where the town is (EPSG:32616).
# "written": how registers write the town (besides the plain name); "district": the
# district words that may follow it.
REAL_TOWNS = {
    "Orange Walk": {
        "utm": (334596, 1999847), "district": "Orange Walk", "kind": "Town",
        "written": ["Orange Walk", "Orange Walk Town", "O.W.", "OW", "O/W", "OW Town", "O.W. Town",
                    "Orange Walk Twn", "Orangewalk", "Orange Walk Town (OW)", "Ciudad de Orange Walk"],
        "typos": ["Orange Wlak", "Orang Walk", "Oragne Walk"],
    },
    "Corozal": {
        "utm": (353380, 2034227), "district": "Corozal", "kind": "Town",
        "written": ["Corozal", "Corozal Town", "Czl", "CZL", "Czl.", "Corozal Twn", "Cz Town", "Coro Town",
                    "Ciudad de Corozal"],
        "typos": ["Corzal", "Corozl", "Corrozal"],
    },
    "San Ignacio": {
        "utm": (279702, 1898209), "district": "Cayo", "kind": "Town",
        "written": ["San Ignacio", "San Ignacio Town", "S.I.", "SI", "S. Ignacio", "Sn. Ignacio", "San Ig.",
                    "San Ignacio Twn", "SI Town"],
        "typos": ["San Ingacio", "San Ignasio", "San Ignaco"],
    },
    "Santa Elena": {
        "utm": (280655, 1897756), "district": "Cayo", "kind": "Town",
        "written": ["Santa Elena", "Sta. Elena", "Sta Elena", "Santa Elena Town", "S. Elena", "Sta. Elena Town",
                    "Sta Elena Twn"],
        "typos": ["Santa Eleana", "Sta. Elana", "Santa Helena"],
    },
    "Benque Viejo del Carmen": {
        "utm": (272471, 1889099), "district": "Cayo", "kind": "Town",
        "written": ["Benque Viejo del Carmen", "Benque Viejo", "Benque", "B.V.", "BV", "Benque Town",
                    "Bque. Viejo", "Benque Viejo Town"],
        "typos": ["Benke Viejo", "Benque Viego"],
    },
    "Belize City": {
        "utm": (373664, 1935042), "district": "Belize", "kind": "City",
        # not "Belize" alone: that is also the country and the district
        "written": ["Belize City", "Bze City", "Belize C.", "Bze. City", "Belize City Town"], "typos": ["Belise City"],
    },
    "Ladyville": {
        "utm": (362453, 1941534), "district": "Belize", "kind": "Village",
                  "written": ["Ladyville", "Ladyville Village", "L'ville"], "typos": ["Ladyvile"]},
    "Hattieville": {
        "utm": (351863, 1930432), "district": "Belize", "kind": "Village",
                    "written": ["Hattieville", "Hattieville Village"], "typos": ["Hatieville"]},
    "Dangriga": {
        "utm": (369045, 1876536), "district": "Stann Creek", "kind": "Town",
                 "written": ["Dangriga", "Dangriga Town", "Dga", "Dangriga Twn"], "typos": ["Dangrigua"]},
    "Hopkins": {
        "utm": (363426, 1863958), "district": "Stann Creek", "kind": "Village",
                "written": ["Hopkins", "Hopkins Village"], "typos": ["Hopkin"]},
    "Independence": {
        "utm": (349108, 1828314), "district": "Stann Creek", "kind": "Village",
                     "written": ["Independence", "Independence Village", "Indep."], "typos": ["Independance"]},
    "Punta Gorda": {
        "utm": (306841, 1780731), "district": "Toledo", "kind": "Town",
                    "written": ["Punta Gorda", "Punta Gorda Town", "P.G.", "PG Town", "P.G. Town"],
                    "typos": ["Punta Gorada"]},
    "Sarteneja": {
        "utm": (379236, 2029731), "district": "Corozal", "kind": "Village",
                  "written": ["Sarteneja", "Sarteneja Village"], "typos": ["Sartaneja"]},
    "Spanish Lookout": {
        "utm": (288937, 1906304), "district": "Cayo", "kind": "Village",
                        "written": ["Spanish Lookout", "Sp. Lookout"], "typos": ["Spanish Lokout"]},
    "Bullet Tree Falls": {
        "utm": (276311, 1899574), "district": "Cayo", "kind": "Village",
                          "written": ["Bullet Tree Falls", "Bullet Tree", "Bullet Tree Village"],
                          "typos": ["Bullet Tre Falls"]},
}

DISTRICTS = {
    "Orange Walk": ["Orange Walk District", "O.W. District", "OW Dist.", "Orange Walk Dist.", "O.W.D.",
                    "Distrito de Orange Walk", "OWD"],
    "Corozal": ["Corozal District", "Corozal Dist.", "Czl. Dist.", "Distrito de Corozal", "CZD"],
    "Cayo": ["Cayo District", "Cayo Dist.", "clerk.D.", "Cayo", "Distrito Cayo", "CD"],
    "Belize": ["Belize District", "Belize Dist.", "B.D."],
    "Stann Creek": ["Stann Creek District", "S.clerk.D.", "Stann Creek"],
    "Toledo": ["Toledo District", "T.D.", "Toledo"],
}

# Invented villages (in no list of real places). Each region draws its own.
VILLAGES = [
    "San Evaristo", "Santa Lucrecia", "Paso Cedral", "Loma Chiquita", "Nuevo Tzalam", "Chacbenal",
    "San Rafael del Monte", "Santa Teodora", "Pozo Azul", "Xcanil", "Cerro Pelón", "San Bernabé",
    "Rancho Tzimín", "Little Cocoplum", "Zapotillo", "Los Cocales", "San Abundio", "Santa Eduviges",
    "Pucté Nuevo", "Chan Chacté", "Tres Cruces", "Bajo Verde", "San Leoncio", "Santa Clotilde",
    "Hondo Creek", "Pine Bluff Bank", "Crique Largo", "Monte Olivo", "San Casimiro", "Las Guacamayas",
    "Poza Honda", "Agua Dulce", "Santa Filomena", "Ceibo Chico", "Chiclero Camp", "San Teófilo",
    "Nohoch Ha", "Santa Rufina", "Bajo Laguna", "Cacao Bank", "San Pascualito", "Xmabén",
]

# --------------------------------------------------------------------------- streets
# Found in several towns of one region on purpose (ties without a town).
COMMON_STREETS = [
    "Main Street", "Queen Street", "King Street", "Victoria Street", "Calle Real", "Calle Central",
    "Avenida Independencia", "Park Street", "Bridge Street", "Cemetery Road", "Back Street",
    "Avenida Reforma", "Calle del Río", "Hospital Road", "Callejón del Cementerio", "Front Street",
]
SPANISH_TYPES = ["Calle", "Calle", "Calle", "Calle", "Avenida", "Avenida", "Callejón", "Pasaje", "Prolongación",
                 "Calzada", "Camino"]
SPANISH_WORDS = [
    "San Lorenzo", "Santa Ana", "San Pedro Mártir", "San Bartolomé", "Santa Bárbara", "San Felipe", "San Andrés",
    "San Cristóbal", "Santa Marta", "San Vicente", "San Ramón", "Santa Isabel", "San Miguelito", "San Roque",
    "Santo Domingo", "Cristóbal Colón", "Vicente Guerrero", "Ignacio Zaragoza", "Lázaro Cárdenas",
    "Juan Pablo II", "Emiliano Zapata", "Simón Bolívar", "Hermanos Villanueva", "Padre Cervantes",
    "10 de Septiembre", "21 de Septiembre", "15 de Septiembre", "20 de Noviembre", "5 de Mayo",
    "Chechem", "Pimienta", "Chicozapote", "Sabal", "Tzalam", "Chacah", "Pucté", "Ramón Tec", "Chaltún",
    "Xtabentún", "Cocoyol", "Guarumo", "Guaya", "Huano", "Bayal", "Jobo", "Pochote", "Tinto", "Botán",
    "Los Cerritos", "El Bajo", "La Loma", "El Calvario", "El Progreso", "La Unión", "El Milagro",
    "La Amistad", "La Esperanza", "Los Cocos", "Las Tinajas", "El Pozo", "La Aguada", "El Cenote",
    "Los Tulipanes", "Las Margaritas", "Las Azaleas", "Los Lirios", "Las Violetas", "Las Dalias",
    "Venustiano Carranza", "Belisario Domínguez", "Andrés Quintana", "Nicolás Bravo", "Javier Mina",
    "Mariano Escobedo", "Justo Sierra", "Valentín Gómez", "Pedro Moreno", "Guadalupe Victoria Sur",
    "Ixtabay", "Kukulcán", "Itzamná", "Chac Mool", "Balam", "Kinich", "Yaxché", "Sacbé", "Uxmal",
    "Río Hondo", "Río Nuevo", "Laguna Seca", "Pozo Viejo", "Cerro Alto", "Puerto Arturo", "Tierra Nueva",
]
ENGLISH_WORDS = [
    "Baker's", "Lovers", "Gentle", "Pickwick", "Belcher", "Swasey", "Cattouse", "Flowers Bank", "Pinks",
    "Arnold", "Gabourel", "Usher", "Trapp", "Goff", "Cadle", "Espat", "Crooked Bay", "Riverside",
    "Sugar Mill", "Mill", "Old Barracks", "Customs", "Pier", "Landing", "Ferry", "Fort Cairns",
    "Sea Breeze", "Sea Grape", "Coco Plum", "Mangrove", "Pigeon", "Snook", "Tarpon", "Conch", "Stann",
    "Marine", "Cane Field", "Logwood", "Chicle", "Bay", "Cherry", "Dock", "Seaview",
    "Mennonite", "Chapel", "Old Mill", "Pound", "Gaol", "Burial Ground", "Quarry", "Wharf",
]
ENGLISH_TYPES = ["Street", "Street", "Street", "Road", "Lane", "Avenue", "Alley", "Close", "Crescent"]
# Streets no region layer has: registers name them anyway (new streets, old names)
MISSING_STREETS = ["Calle Tamarindo Viejo", "Avenida Los Almácigos", "Calle Sacalum", "Calle Chicbul",
                   "Callejón Pozo Hondo", "Calle Los Chinos", "Gumbo Limbo Street", "Old Sawmill Road",
                   "Cashew Hill Road", "Calle El Pedregal", "Calle El Cangrejal", "Avenida Mazatlán",
                   "Calle Zacatal", "Calle Tzucacab", "Pasaje Las Pitayas", "Hobnail Lane", "Calle Nohpat",
                   "Calle Los Zorzales", "Bullrush Street", "Calle Ixmucané"]
ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"]
SPANISH_ORDINALS = ["1ra", "2da", "3ra", "4ta", "5ta", "6ta", "7ma", "8va", "9na", "10ma", "11va", "12va"]
ORDINAL_WORDS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                 "Eleventh", "Twelfth"]
SPANISH_ORDINAL_WORDS = ["Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta", "Séptima", "Octava",
                         "Novena", "Décima", "Undécima", "Duodécima"]

# The local name of the highway inside a town (the highway names are its aliases).
HIGHWAY_LOCAL = {
    "Orange Walk": "Queen Victoria Avenue", "San Ignacio": "Burns Avenue",
    "Santa Elena": "Avenida Eufemia", "Benque Viejo del Carmen": "Avenida Churchill", "Belize City": "Freetown Road",
    "Dangriga": "Commerce Street", "Punta Gorda": "Front Street",
}
HIGHWAYS = {
    "north": ("Philip Goldson Highway", ["Northern Highway", "Carretera Norte"], ["PG Hwy", "Northern Hwy",
                                                                                  "Carr. Norte", "Goldson Hwy"]),
    "west": ("Carretera Occidental", ["Cayo Road", "Old Benque Road"], ["Carr. Occidental", "Cayo Rd",
                                                                        "Ctra. Occidental"]),
    "south": ("Southern Highway", ["Carretera Sur"], ["Southern Hwy", "Sthn Hwy", "Carr. Sur"]),
    "coast": ("Coastal Road", ["Manatee Road"], ["Coastal Rd"]),
}

# --------------------------------------------------------------------------- areas
NEIGHBOURHOODS = [
    "Barrio Nuevo", "Buena Vista", "San Bartolo", "Santa Cecilia", "Louisiana", "Cuatro Vientos", "El Tanque",
    "Reforma", "Bella Vista", "Palmar Norte", "Colonia Fátima", "San Vicente Abajo", "New Site", "Back-a-Town",
    "Banquitas", "Loma Linda", "Xaman Ha", "Santa Rosita", "Cementerio Viejo", "La Pista", "Calle Ancha",
    "Los Pinitos", "El Caracol", "Zona Libre", "Chiclero", "Ranchito", "San Juan Bautista", "Victoria Park",
    "Cahal Tun", "Ixchel Heights", "Pueblo Viejo", "La Ceibita", "Santa Teresita", "Los Ángeles", "Saltillo",
    "Corozalito", "Buenos Aires", "El Tesoro", "Villa Flores", "Brisas del Mar", "Mount Hope", "Pickstock",
    "Fabers", "Lake Independence", "Kings Park", "Yarborough", "Port Loyola", "Collet", "Mesopotamia",
    "Caesar Ridge", "Newtown", "Lopez Estate", "Rancho Dolores", "San Cristobal Alto", "Sheep Bank",
]
# Deliberately in two towns of a region (neighbourhood ties without a town).
REPEATED_NEIGHBOURHOODS = ["Barrio Nuevo", "Buena Vista"]

# --------------------------------------------------------------------------- landmarks
SAINTS = [("St. Peter Claver", "San Pedro Claver"), ("Sacred Heart", "Sagrado Corazón"),
          ("St. Francis Xavier", "San Francisco Javier"), ("Santa Teresita", "Santa Teresita"),
          ("St. Joseph the Worker", "San José Obrero"), ("Our Lady of Fatima", "Nuestra Señora de Fátima"),
          ("St. Isidore", "San Isidro Labrador"), ("St. Martin de Porres", "San Martín de Porres"),
          ("Holy Cross", "Santa Cruz"), ("St. Lucy", "Santa Lucía"), ("St. Anthony of Padua", "San Antonio de Padua"),
          ("Christ the King", "Cristo Rey Parroquia"), ("St. Christopher", "San Cristóbal Parroquia"),
          ("Immaculate Conception", "Inmaculada Concepción"), ("St. Dominic", "Santo Domingo de Guzmán"),
          ("St. Benedict", "San Benito Abad"), ("St. Rita of Cascia", "Santa Rita de Casia"),
          ("Holy Family", "Sagrada Familia"), ("St. Vincent Pallotti", "San Vicente Pallotti")]
FUEL_BRANDS = ["Texaco", "Uno", "Esso", "Total"]
# kind values as Lands and Survey layers write them, one vocabulary per region
KINDS = {
    "en": {"police": "Police Station", "market": "Market", "church": "Church", "hall": "Government",
           "health": "Health Facility", "park": "Park", "bus": "Bus Terminal", "fuel": "Fuel Station",
           "bank": "Bank", "school": "School", "field": "Sports Field", "industry": "Industry", "bridge": "Bridge"},
    "es": {"police": "Policía", "market": "Mercado", "church": "Iglesia", "hall": "Gobierno", "health": "Salud",
           "park": "Parque", "bus": "Terminal", "fuel": "Gasolinera", "bank": "Banco", "school": "Escuela",
           "field": "Cancha", "industry": "Industria", "bridge": "Puente"},
}
SPECIAL_LANDMARKS = {
    "north": [("La Gloria Sugar Mill", "Ingenio La Gloria;the sugar mill", "industry"),
              ("Xtabay Rum Distillery", "Destilería Xtabay", "industry")],
    "west": [("Old Iron Bridge", "Puente de Hierro;the iron bridge", "bridge"),
             ("Tzul Hill Ruins Visitor Centre", "Centro de Visitantes Tzul", "industry")],
}

# --------------------------------------------------------------------------- register
PREMISES = {
    "Publican's General (Cantina)": ["Cantina {S}", "Bar {S}", "{E} Bar", "{E} Bar & Grill", "Cantina y Billar {S}"],
    "Publican's Restricted": ["{E} Lounge", "Bar {S}", "{E} Cool Spot"],
    "Shop / Tienda": ["Tienda {S}", "Mini Super {S}", "Abarrotes {S}", "{E} Mini Mart", "Licorería {S}",
                      "{E} Grocery", "Super {S}"],
    "Beer / Cerveza": ["Cervecería {S}", "{E} Beer Garden", "Depósito {S}"],
    "Restaurant / Restaurante": ["Restaurante {S}", "Comedor {S}", "Fonda {S}", "{E} Kitchen", "Taquería {S}"],
    "Hotel": ["Hotel {S}", "Posada {S}", "{E} Inn", "Cabañas {S}"],
    "Night Club / Club Nocturno": ["Discoteca {S}", "Club {S}", "{E} Night Club"],
    "Ocasional / Occasional": ["Feria {S}", "Fiesta Patronal {S}", "Baile {S}", "{E} Fun Day"],
}
CLASS_WEIGHTS = {"Publican's General (Cantina)": 20, "Publican's Restricted": 6, "Shop / Tienda": 30,
                 "Beer / Cerveza": 8, "Restaurant / Restaurante": 16, "Hotel": 6, "Night Club / Club Nocturno": 5,
                 "Ocasional / Occasional": 9}
S_WORDS = ["El Gallo Giro", "La Sirena", "Doña Mari", "El Fogón", "Los Hermanos", "La Herradura", "El Trébol",
           "Don Beto", "La Cabañita", "El Arriero", "Las Tres Marías", "El Caminante", "La Quinta", "El Pescador",
           "La Fe", "El Chaparral", "Los Compadres", "La Guadalupana", "El Recreo", "La Palapa", "El Buen Gusto",
           "Doña Chayo", "El Zapotal", "La Estrella", "Los Tulipanes", "El Manantial", "La Bahía", "El Gato Negro",
           "La Ceibita", "El Faro", "Don Chico", "La Sorpresa", "El Oasis", "Las Brisas", "El Tucancito"]
E_WORDS = ["Sugar City", "Cane Cutter", "River View", "Bay Breeze", "Northern Star", "Mayan Gold", "Sunrise",
           "Blue Bird", "Lucky Dragon", "Golden Coconut", "Jungle Lodge", "Happy Hour", "Cool Corner", "Tropicana",
           "Big Boss", "Top Choice", "Sweet Home", "Wild Cane", "Chan's", "Wong's", "Friendly", "Border"]
FIRST = ["José", "María", "Jesús", "Guadalupe", "Rigoberto", "Yesenia", "Wilberto", "Marisela", "Hipólito",
         "Socorro", "Eleuterio", "Ofelia", "Dionisio", "Norberta", "Aurelio", "Candelaria", "Kenrick", "Sharmaine",
         "Dalton", "Jacinta", "Ping", "Mei", "Jakob", "Helena", "Isaak", "Margarethe", "Efraín", "Leticia",
         "Ramiro", "Dolores", "Abelardo", "Florinda"]
LAST = ["Pech", "Chi", "Tzib", "Canul", "Ek", "Cocom", "Uck", "Moh", "Chuc", "Poot", "Góngora", "Magaña",
        "Ayuso", "Escalante", "Villanueva", "Briceño", "Carballo", "Alamilla", "Cantún", "Guerrero", "Rosado",
        "Castellanos", "Tzul", "Mai", "Panti", "Cawich", "Loewen", "Penner", "Wiebe", "Thiessen", "Huang",
        "Zhang", "Codd", "Longsworth", "Faber", "Tillett", "Pott", "Lizama", "Novelo", "Cruz"]
COMPANIES = ["Distribuidora del Norte Ltd.", "Hermanos Pech y Cía.", "Sugar Belt Trading Ltd.",
             "Inversiones Góngora S.A.", "Golden Stream Holdings Ltd.", "Chan & Sons Co. Ltd."]
REMARKS = ["", "", "", "", "", "", "", "Renovada", "Renewed", "Pagado", "Pago pendiente", "Transferencia",
           "Inspeccionado", "Nuevo dueño / new owner", "Cierra 10 pm", "Multa pendiente", "Falta croquis",
           "Ver expediente", "Licencia provisional"]
